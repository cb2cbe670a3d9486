import { ALL_RULES } from '../core/rules/index.js';
import { parseRuleSettings, type RuleSettings } from '../core/settings/rule-settings.js';
import { readSetting, writeSetting, type Setting, type SettingNote, type SettingsArea } from './versioned-store.js';

/**
 * The extension's rule settings: the same RuleSettings as mc-inspect.config.json, kept where
 * they follow the user, in storage.sync, except the accepted parameter names. storage.sync
 * allows 8 KB an item and 100 KB in all: every rule's severity set is about 1 KB, but a team's
 * list of parameter names has no bound, so it stays on this machine, in storage.local.
 */
export type SyncedRuleSettings = Omit<RuleSettings, 'acceptedParams'>;

export const SYNCED_SETTINGS: Setting<SyncedRuleSettings> = {
  key: 'ruleSettings',
  label: 'rule settings',
  version: 1,
  defaults: {},
  isValid: (value): value is SyncedRuleSettings => {
    if (typeof value !== 'object' || value === null || 'acceptedParams' in value) return false;
    try {
      parseRuleSettings(value);
      return true;
    } catch {
      return false;
    }
  },
};

export const ACCEPTED_PARAMS: Setting<string[]> = {
  key: 'acceptedParams',
  label: 'accepted parameter names',
  version: 1,
  defaults: [],
  isValid: (value): value is string[] => Array.isArray(value) && value.every((n) => typeof n === 'string' && n !== ''),
};

/** The largest a storage.sync item may be, bytes (its key and its JSON value together). */
export const SYNC_ITEM_LIMIT = 8192;

export interface StoredRuleSettings {
  settings: RuleSettings;
  /** Stored settings that could not be used, with what to tell the user. */
  notes: SettingNote[];
}

const KNOWN_RULES = new Set(ALL_RULES.map((r) => r.meta.id));

export async function readRuleSettings(sync: SettingsArea, local: SettingsArea): Promise<StoredRuleSettings> {
  const [synced, accepted] = await Promise.all([readSetting(sync, withKnownRules(SYNCED_SETTINGS)), readSetting(local, ACCEPTED_PARAMS)]);
  const settings: RuleSettings = { ...synced.value };
  if (accepted.value.length > 0) settings.acceptedParams = accepted.value;
  return { settings, notes: [synced.note, accepted.note].filter((n): n is SettingNote => n !== undefined) };
}

export async function writeRuleSettings(sync: SettingsArea, local: SettingsArea, settings: RuleSettings): Promise<void> {
  const { acceptedParams = [], ...synced } = settings;
  await Promise.all([writeSetting(sync, SYNCED_SETTINGS, synced), writeSetting(local, ACCEPTED_PARAMS, [...acceptedParams])]);
}

/** Whether a storage.onChanged event is about the rule settings. */
export function touchesRuleSettings(changedKeys: readonly string[], areaName: string): boolean {
  return (areaName === 'sync' && changedKeys.includes(SYNCED_SETTINGS.key)) || (areaName === 'local' && changedKeys.includes(ACCEPTED_PARAMS.key));
}

/**
 * The synced record, checked with the ids of rules this version does not know left out (in the
 * value read, not in storage): a rule a newer version added, set on another machine, means
 * nothing here, and must not cost every other setting. A migration runs only across format
 * versions, and adding a rule does not change the format, so this is done on every read.
 */
function withKnownRules(setting: Setting<SyncedRuleSettings>): Setting<SyncedRuleSettings> {
  return {
    ...setting,
    isValid: (value): value is SyncedRuleSettings => {
      if (typeof value === 'object' && value !== null && 'rules' in value && typeof value.rules === 'object' && value.rules !== null) {
        const rules = value.rules as Record<string, unknown>;
        for (const id of Object.keys(rules)) if (!KNOWN_RULES.has(id)) delete rules[id];
      }
      return setting.isValid(value);
    },
  };
}
