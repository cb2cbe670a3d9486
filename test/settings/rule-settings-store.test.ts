import { describe, expect, test } from 'vitest';
import { ALL_RULES } from '../../src/core/rules/index.js';
import type { RuleSettings } from '../../src/core/settings/rule-settings.js';
import { ACCEPTED_PARAMS, readRuleSettings, SYNC_ITEM_LIMIT, SYNCED_SETTINGS, touchesRuleSettings, writeRuleSettings } from '../../src/settings/rule-settings-store.js';
import type { SettingsArea } from '../../src/settings/versioned-store.js';

function area(initial: Record<string, unknown> = {}): SettingsArea & { items: Record<string, unknown> } {
  const items: Record<string, unknown> = structuredClone(initial);
  return {
    items,
    get: async (key) => (key in items ? { [key]: structuredClone(items[key]) } : {}),
    set: async (more) => void Object.assign(items, structuredClone(more)),
  };
}

describe('rule settings in storage', () => {
  test('written and read back whole: severities and intervals in sync, accepted names in local', async () => {
    const sync = area();
    const local = area();
    const settings: RuleSettings = { rules: { 'ad-outside-break': 'off', 'ts-not-increasing': 'error' }, pingIntervals: { main: 20, ad: 2 }, acceptedParams: ['myapp.abTest'] };
    await writeRuleSettings(sync, local, settings);
    expect(Object.keys(sync.items)).toEqual([SYNCED_SETTINGS.key]);
    expect(JSON.stringify(sync.items)).not.toContain('myapp.abTest');
    expect(local.items[ACCEPTED_PARAMS.key]).toEqual({ version: 1, value: ['myapp.abTest'] });
    expect(await readRuleSettings(sync, local)).toEqual({ settings, notes: [] });
  });

  test('nothing stored: no settings, no note', async () => {
    expect(await readRuleSettings(area(), area())).toEqual({ settings: {}, notes: [] });
  });

  test('a corrupt record gives the defaults with a note to show', async () => {
    const sync = area({ [SYNCED_SETTINGS.key]: { version: 1, value: { rules: { 'ad-outside-break': 'loud' } } } });
    const read = await readRuleSettings(sync, area());
    expect(read.settings).toEqual({});
    expect(read.notes).toEqual([expect.objectContaining({ key: SYNCED_SETTINGS.key, reason: 'corrupt', message: expect.stringMatching(/rule settings could not be read; the defaults are used/) })]);
  });

  test('a record from a newer version gives the defaults with a note, and is not overwritten by reading', async () => {
    const sync = area({ [SYNCED_SETTINGS.key]: { version: 9, value: { anything: true } } });
    const read = await readRuleSettings(sync, area());
    expect(read.notes[0]?.reason).toBe('newer-version');
    expect(sync.items[SYNCED_SETTINGS.key]).toEqual({ version: 9, value: { anything: true } });
  });

  test('a rule this version does not know (a newer one set it) is left out, the rest kept', async () => {
    const sync = area({ [SYNCED_SETTINGS.key]: { version: 1, value: { rules: { 'rule-from-the-future': 'off', 'ping-cadence': 'info' } } } });
    expect(await readRuleSettings(sync, area())).toEqual({ settings: { rules: { 'ping-cadence': 'info' } }, notes: [] });
  });

  test("every rule set still fits one storage.sync item", async () => {
    const sync = area();
    const rules = Object.fromEntries(ALL_RULES.map((r) => [r.meta.id, 'warning' as const]));
    await writeRuleSettings(sync, area(), { rules, pingIntervals: { main: 50, ad: 10 } });
    const bytes = new TextEncoder().encode(SYNCED_SETTINGS.key + JSON.stringify(sync.items[SYNCED_SETTINGS.key])).length;
    expect(bytes).toBeLessThan(SYNC_ITEM_LIMIT / 4);
  });

  test('storage changes that concern the settings', () => {
    expect(touchesRuleSettings(['ruleSettings'], 'sync')).toBe(true);
    expect(touchesRuleSettings(['acceptedParams'], 'local')).toBe(true);
    expect(touchesRuleSettings(['panelLayout'], 'local')).toBe(false);
    expect(touchesRuleSettings(['ruleSettings'], 'session')).toBe(false);
  });
});
