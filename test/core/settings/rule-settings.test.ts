import { describe, expect, test } from 'vitest';
import { inspectAll } from '../../../src/core/inspect-all.js';
import { describeSettings, parseRuleSettings, rulesFor, SettingsError } from '../../../src/core/settings/rule-settings.js';
import { adBreakStart, adStart, ev, sessionStart, toCalls } from '../../support/calls.js';

function findingsOf(events: Parameters<typeof toCalls>[0], settings?: Parameters<typeof inspectAll>[1]) {
  const calls = toCalls(events);
  const inspector = inspectAll(calls, settings);
  return calls.flatMap((c, i) => inspector.findingsOf(c.id).map((f) => [i, f.rule, f.severity] as const));
}

const sameTs = [{ body: sessionStart(0) }, { body: ev('play', 1) }, { body: ev('ping', 1) }];
const sdkSameTs = [{ body: ev('sessionStart', 0, { params: { ...(sessionStart(0).params as object), 'media.libraryVersion': 'js-3.1.0' } }) }, ...sameTs.slice(1)];

describe('rule settings', () => {
  test('off leaves a rule out; a severity re-rates all its findings', () => {
    expect(findingsOf(sameTs)).toEqual([[2, 'ts-not-increasing', 'warning']]);
    expect(findingsOf(sameTs, { rules: { 'ts-not-increasing': 'off' } })).toEqual([]);
    expect(findingsOf(sameTs, { rules: { 'ts-not-increasing': 'error' } })).toEqual([[2, 'ts-not-increasing', 'error'], [2, 'accepted-not-counted', 'info']]);
    // Re-rated to an error, it is one the server accepted; with that explanation off too, only the error.
    expect(findingsOf(sameTs, { rules: { 'ts-not-increasing': 'error', 'accepted-not-counted': 'off' } })).toEqual([[2, 'ts-not-increasing', 'error']]);
  });

  test('a severity the team chose wins over the SDK-aware lowering', () => {
    expect(findingsOf(sdkSameTs)).toEqual([[2, 'ts-not-increasing', 'info']]);
    expect(findingsOf(sdkSameTs, { rules: { 'ts-not-increasing': 'warning' } })).toEqual([[2, 'ts-not-increasing', 'warning']]);
  });

  test('ping intervals: a 1 s ad ping is held to 1 s, a 20 s main ping accepts 20 s gaps', () => {
    const ads = [{ body: sessionStart(0) }, { body: adBreakStart(0.1) }, { body: adStart(0.2) }, { body: ev('ping', 3) }, { body: ev('adComplete', 4) }, { body: ev('adBreakComplete', 4.1) }];
    expect(findingsOf(ads).filter(([, r]) => r === 'ping-cadence')).toEqual([]);
    expect(findingsOf(ads, { pingIntervals: { ad: 1 } }).filter(([, r]) => r === 'ping-cadence')).toEqual([[3, 'ping-cadence', 'warning']]);
    const content = [{ body: sessionStart(0) }, { body: ev('play', 0.1) }, { body: ev('ping', 20, {}, 20) }, { body: ev('ping', 40, {}, 40) }];
    expect(findingsOf(content).filter(([, r]) => r === 'ping-cadence')).toEqual([[2, 'ping-cadence', 'warning'], [3, 'ping-cadence', 'warning']]);
    expect(findingsOf(content, { pingIntervals: { main: 20 } }).filter(([, r]) => r === 'ping-cadence')).toEqual([]);
  });

  test('accepted parameter names are not unknown, in params or qoeData', () => {
    const events = [{ body: { ...sessionStart(0), params: { ...(sessionStart(0).params as object), 'myapp.abTest': 'b' } } }, { body: ev('play', 1, { qoeData: { 'myapp.cdn': 'x' } }) }];
    expect(findingsOf(events).filter(([, r]) => r === 'unknown-param')).toHaveLength(2);
    expect(findingsOf(events, { acceptedParams: ['myapp.abTest', 'myapp.cdn'] }).filter(([, r]) => r === 'unknown-param')).toEqual([]);
  });

  test('one settings object gives one set of rule lists', () => {
    const settings = { rules: { 'ping-cadence': 'off' as const } };
    expect(rulesFor(settings)).toBe(rulesFor(settings));
  });

  test('describeSettings names what applies', () => {
    expect(describeSettings({ rules: { 'ping-cadence': 'off' }, pingIntervals: { ad: 1 }, acceptedParams: ['a.b'] })).toEqual([
      'ping-cadence: off',
      'ping intervals: 10 s during content, 1 s during ads',
      'accepted parameters: a.b',
    ]);
  });

  test.each([
    [[], 'settings must be a JSON object'],
    [{ rule: {} }, 'unknown setting "rule" (known: rules, pingIntervals, acceptedParams)'],
    [{ rules: { 'no-such-rule': 'off' } }, '"rules": no rule "no-such-rule" (docs/rules.md lists them)'],
    [{ rules: { 'ping-cadence': 'warn' } }, '"rules"."ping-cadence" must be "off", "info", "warning" or "error", not "warn"'],
    [{ pingIntervals: { main: 5 } }, '"pingIntervals"."main" must be a number of seconds from 10 to 50, not 5'],
    [{ pingIntervals: { ad: '1' } }, '"pingIntervals"."ad" must be a number of seconds from 1 to 10, not "1"'],
    [{ pingIntervals: { content: 10 } }, '"pingIntervals": unknown interval "content" (known: main, ad)'],
    [{ acceptedParams: 'a' }, '"acceptedParams" must be an array of parameter names'],
  ])('%j is refused: %s', (value, message) => {
    expect(() => parseRuleSettings(value)).toThrow(new SettingsError(message));
  });
});
