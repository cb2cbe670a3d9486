import type { MessageId } from '../../i18n/catalog.js';
import { ALL_RULES } from '../../core/rules/index.js';
import { parseRuleSettings, PING_INTERVAL_RANGES, SettingsError, type RuleSettings, type SeveritySetting } from '../../core/settings/rule-settings.js';
import type { Severity } from '../../core/severity.js';
import { message, type Message } from '../../i18n/message.js';
import type { Translator } from '../../i18n/translator.js';

/**
 * What the settings view shows and does, apart from the DOM: each change is a function from the
 * settings to new settings, kept as small as the config file would be (a rule set back to its
 * default, an interval emptied, are left out, not stored as defaults).
 */

/** The name export gives the file, and the one the command line looks for. */
export const SETTINGS_FILE_NAME = 'mc-inspect.config.json';

export type RuleChoice = 'default' | SeveritySetting;

export interface RuleRow {
  id: string;
  title: MessageId;
  /** The most severe finding the rule reports when left alone. */
  severity: Severity;
  choice: RuleChoice;
}

export function ruleRows(settings: RuleSettings): RuleRow[] {
  return ALL_RULES.map(({ meta }) => ({ id: meta.id, title: meta.title, severity: meta.severity, choice: settings.rules?.[meta.id] ?? 'default' }));
}

export function withRule(settings: RuleSettings, id: string, choice: RuleChoice): RuleSettings {
  const rules = { ...settings.rules };
  if (choice === 'default') delete rules[id];
  else rules[id] = choice;
  const { rules: _old, ...rest } = settings;
  return Object.keys(rules).length > 0 ? { ...rest, rules } : rest;
}

export type PingInterval = keyof typeof PING_INTERVAL_RANGES;

/** An interval typed in the view: empty sets it back to the default; anything out of range is refused with why. */
export function withPingInterval(settings: RuleSettings, which: PingInterval, text: string): { settings: RuleSettings } | { error: Message } {
  const pings = { ...settings.pingIntervals };
  const trimmed = text.trim();
  if (trimmed === '') delete pings[which];
  else {
    const { min, max } = PING_INTERVAL_RANGES[which];
    const seconds = Number(trimmed);
    if (!Number.isFinite(seconds) || seconds < min || seconds > max) return { error: message(which === 'main' ? 'panel.settings.ping-error-main' : 'panel.settings.ping-error-ad', { min, max }) };
    pings[which] = seconds;
  }
  const { pingIntervals: _old, ...rest } = settings;
  return { settings: Object.keys(pings).length > 0 ? { ...rest, pingIntervals: pings } : rest };
}

/** The accepted names as the view's text box holds them, one a line. */
export function acceptedParamsText(settings: RuleSettings): string {
  return (settings.acceptedParams ?? []).join('\n');
}

/** Names typed one a line (or separated by commas or spaces), without blanks or repeats. */
export function withAcceptedParams(settings: RuleSettings, text: string): RuleSettings {
  const names = [...new Set(text.split(/[\s,]+/).filter((n) => n !== ''))];
  const { acceptedParams: _old, ...rest } = settings;
  return names.length > 0 ? { ...rest, acceptedParams: names } : rest;
}

/** How many settings differ from the defaults: each rule set, each interval, the list of names. */
export function changeCount(settings: RuleSettings): number {
  return Object.keys(settings.rules ?? {}).length + Object.keys(settings.pingIntervals ?? {}).length + (settings.acceptedParams?.length ? 1 : 0);
}

/** "3 changes", for the toolbar and the view. */
export function describeChanges(t: Translator, settings: RuleSettings): string {
  return t.t('panel.settings.changes', { count: changeCount(settings) });
}

/** The settings as lines ("ping-cadence: off"), as the command line's report lists them, in the user's language. */
export function settingsLines(t: Translator, settings: RuleSettings): string[] {
  const lines = Object.entries(settings.rules ?? {}).map(([rule, choice]) => t.t('panel.settings.line-rule', { rule, choice: choiceText(t, choice) }));
  const { main, ad } = settings.pingIntervals ?? {};
  if (main !== undefined || ad !== undefined) lines.push(t.t('panel.settings.line-pings', { main: main ?? 10, ad: ad ?? 10 }));
  if (settings.acceptedParams?.length) lines.push(t.t('panel.settings.line-accepted', { names: settings.acceptedParams.join(', ') }));
  return lines;
}

/** A severity, or off, as the settings name it in the user's language. */
export function choiceText(t: Translator, choice: SeveritySetting): string {
  return choice === 'off' ? t.t('panel.settings.off') : t.t(`severity.${choice}`);
}

/** The severity the user set for a rule, which its findings all take; undefined when the rule is left alone. */
export function overrideOf(settings: RuleSettings, ruleId: string): SeveritySetting | undefined {
  return settings.rules?.[ruleId];
}

/** mc-inspect.config.json's text for these settings, as the command line reads it. */
export function exportSettings(settings: RuleSettings): string {
  const ordered: RuleSettings = {};
  if (settings.rules) ordered.rules = settings.rules;
  if (settings.pingIntervals) ordered.pingIntervals = settings.pingIntervals;
  if (settings.acceptedParams) ordered.acceptedParams = settings.acceptedParams;
  return JSON.stringify(ordered, null, 2) + '\n';
}

/** A file the user picked: its settings, or one sentence saying why it cannot be used (nothing is changed then). */
export function importSettings(fileName: string, text: string): { settings: RuleSettings } | { error: Message } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { error: message('panel.settings.file-not-json', { file: fileName, reason: (e as Error).message }) };
  }
  try {
    return { settings: parseRuleSettings(value) };
  } catch (e) {
    // The reason is the command line's own sentence, the same in every language until the core's settings texts move into the catalog.
    if (e instanceof SettingsError) return { error: message('panel.settings.file-invalid', { file: fileName, reason: e.message }) };
    throw e;
  }
}
