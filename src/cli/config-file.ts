import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { english, type Translator } from '../i18n/translator.js';
import { parseRuleSettings, SettingsError, type RuleSettings } from '../core/settings/rule-settings.js';

/** The settings file looked for in the working folder when --config is not given. */
export const CONFIG_FILE_NAME = 'mc-inspect.config.json';

export interface LoadedSettings {
  /** The file the settings came from. */
  file: string;
  settings: RuleSettings;
}

/** A settings file that cannot be used: one line naming the file, said in the reader's language by `say`. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly say: (t: Translator) => string) {
    super(say(english));
  }
}

/**
 * The settings to judge with: from `explicit` (--config), which must exist, or else from
 * mc-inspect.config.json in `cwd` when there is one; undefined when neither applies.
 */
export async function loadSettings(explicit: string | undefined, cwd: string): Promise<LoadedSettings | undefined> {
  const file = explicit ?? join(cwd, CONFIG_FILE_NAME);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
    if (missing && explicit === undefined) return undefined;
    throw new ConfigError((t) => t.t('cli.error.cannot-read-settings', { file, reason: missing ? t.t('cli.error.no-such-file') : (e as Error).message }));
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new ConfigError((t) => t.t('cli.error.settings-not-json', { file, reason: (e as Error).message }));
  }
  try {
    return { file, settings: parseRuleSettings(value) };
  } catch (e) {
    // What the settings say wrong is the core's English, shared with the panel's import.
    if (e instanceof SettingsError) throw new ConfigError(() => `${file}: ${e.message}`);
    throw e;
  }
}
