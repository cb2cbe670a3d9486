import { describe, expect, test } from 'vitest';
import { ALL_RULES } from '../../src/core/rules/index.js';
import { parseRuleSettings } from '../../src/core/settings/rule-settings.js';
import {
  acceptedParamsText,
  changeCount,
  describeChanges,
  exportSettings,
  importSettings,
  overrideOf,
  ruleRows,
  withAcceptedParams,
  withPingInterval,
  withRule,
} from '../../src/panel/settings/settings-model.js';
import type { Message } from '../../src/i18n/message.js';
import { createTranslator, english } from '../../src/i18n/translator.js';

/** The error a change was refused with, as an English reader sees it. */
const errorOf = (result: object): string | undefined => ('error' in result ? english.text(result.error as Message) : undefined);

describe('the settings view model', () => {
  test('one row per registered rule, with its default severity and what the user chose', () => {
    const rows = ruleRows({ rules: { 'ad-outside-break': 'off' } });
    expect(rows.map((r) => r.id)).toEqual(ALL_RULES.map((r) => r.meta.id));
    expect(rows.find((r) => r.id === 'ad-outside-break')).toMatchObject({ severity: 'error', choice: 'off', title: 'rules-sequence.ad-outside-break.title' });
    expect(rows.find((r) => r.id === 'ping-cadence')?.choice).toBe('default');
  });

  test('a rule set, re-set and set back to its default; the settings stay as small as a config file', () => {
    let s = withRule({}, 'ts-not-increasing', 'error');
    expect(s).toEqual({ rules: { 'ts-not-increasing': 'error' } });
    expect(overrideOf(s, 'ts-not-increasing')).toBe('error');
    s = withRule(s, 'ping-cadence', 'off');
    s = withRule(s, 'ts-not-increasing', 'default');
    expect(s).toEqual({ rules: { 'ping-cadence': 'off' } });
    expect(withRule(s, 'ping-cadence', 'default')).toEqual({});
  });

  test('ping intervals within their ranges; empty is the default; out of range is refused with the range', () => {
    expect(withPingInterval({}, 'main', '20')).toEqual({ settings: { pingIntervals: { main: 20 } } });
    expect(withPingInterval({ pingIntervals: { main: 20 } }, 'ad', ' 1 ')).toEqual({ settings: { pingIntervals: { main: 20, ad: 1 } } });
    expect(withPingInterval({ pingIntervals: { main: 20 } }, 'main', '')).toEqual({ settings: {} });
    expect(errorOf(withPingInterval({}, 'main', '9'))).toBe('Main ping interval: a number of seconds from 10 to 50.');
    expect(errorOf(withPingInterval({}, 'ad', '11'))).toBe('Ad ping interval: a number of seconds from 1 to 10.');
    expect(withPingInterval({}, 'ad', 'ten')).toHaveProperty('error');
  });

  test('accepted names from the text box: one a line, blanks and repeats dropped', () => {
    const s = withAcceptedParams({}, 'myapp.abTest\n\n  myapp.variant , myapp.abTest\n');
    expect(s).toEqual({ acceptedParams: ['myapp.abTest', 'myapp.variant'] });
    expect(acceptedParamsText(s)).toBe('myapp.abTest\nmyapp.variant');
    expect(withAcceptedParams(s, '  ')).toEqual({});
  });

  test('counts the changes for the toolbar', () => {
    expect(describeChanges(english, {})).toBe('defaults');
    const s = { rules: { 'ping-cadence': 'off' as const, 'ad-outside-break': 'warning' as const }, pingIntervals: { ad: 2 }, acceptedParams: ['a', 'b'] };
    expect(changeCount(s)).toBe(4);
    expect(describeChanges(english, withRule({}, 'ping-cadence', 'off'))).toBe('1 change');
    expect(describeChanges(english, s)).toBe('4 changes');
    expect(describeChanges(createTranslator('de'), s)).toBe('4 Änderungen');
  });

  test('export writes the config file the command line reads, and import reads it back', () => {
    const s = { acceptedParams: ['x.y'], pingIntervals: { main: 30 }, rules: { 'unknown-param': 'error' as const } };
    const text = exportSettings(s);
    expect(parseRuleSettings(JSON.parse(text))).toEqual(s);
    expect(Object.keys(JSON.parse(text))).toEqual(['rules', 'pingIntervals', 'acceptedParams']);
    expect(importSettings('mc-inspect.config.json', text)).toEqual({ settings: s });
    expect(exportSettings({})).toBe('{}\n');
  });

  test('a bad file is refused with one sentence naming it and what is wrong', () => {
    expect(errorOf(importSettings('team.json', '{ nope'))).toMatch(/^team\.json is not JSON \(.+\); nothing was changed\.$/);
    expect(errorOf(importSettings('team.json', '{"rules": {"no-such-rule": "off"}}'))).toBe('team.json: "rules": no rule "no-such-rule" (docs/rules.md lists them); nothing was changed.');
    expect(errorOf(importSettings('team.json', '{"pingIntervals": {"main": 5}}'))).toContain('from 10 to 50');
    expect(errorOf(importSettings('team.json', '[]'))).toBe('team.json: settings must be a JSON object; nothing was changed.');
  });
});
