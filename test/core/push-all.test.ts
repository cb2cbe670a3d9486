import { describe, expect, test } from 'vitest';
import type { CapturedCall } from '../../src/core/call.js';
import type { Finding } from '../../src/core/finding.js';
import { Inspector } from '../../src/core/inspector.js';
import { generateSession } from '../../bench/corpus.js';
import { BASE, toCalls } from '../support/calls.js';
import { caseCalls } from '../support/rule-case-calls.js';
import { verdictsOf, type Verdicts } from '../support/verdicts.js';
import { timelineCalls, TIMELINES } from '../support/timelines.js';
import { CASES } from './schema/cases/index.js';
import { RULE_CASES } from './rules/cases.js';

/**
 * pushAll parses bodies a group at a time ahead of judging them; it must judge exactly as push
 * does call by call, whatever the calls are and wherever the groups end.
 */
interface Outcome extends Verdicts {
  sessions: unknown;
  /** Each call whose findings changed, with its list as it stood when the feeding ended. */
  changed: Record<string, readonly Finding[]>;
}

function outcome(inspector: Inspector, calls: readonly CapturedCall[], changed: Record<string, readonly Finding[]>): Outcome {
  return { ...verdictsOf(inspector, calls), sessions: inspector.sessions(), changed };
}

function oneByOne(calls: readonly CapturedCall[]): Outcome {
  const inspector = new Inspector();
  const changed: Outcome['changed'] = {};
  for (const c of calls) for (const f of inspector.push(c)) changed[f.callId] = f.findings;
  return outcome(inspector, calls, changed);
}

function allAtOnce(calls: readonly CapturedCall[]): Outcome {
  const inspector = new Inspector();
  const changed: Outcome['changed'] = {};
  for (const f of inspector.pushAll(calls)) {
    expect(changed).not.toHaveProperty(f.callId);
    changed[f.callId] = f.findings;
  }
  return outcome(inspector, calls, changed);
}

function expectSame(calls: readonly CapturedCall[]): Outcome {
  const expected = oneByOne(calls);
  expect(allAtOnce(calls)).toEqual(expected);
  return expected;
}

/** Traffic a HAR holds besides the API's: pages, preflights, other JSON POSTs, calls still open. */
function otherTraffic(n: number): CapturedCall[] {
  return [
    { id: `get-${n}`, method: 'GET', url: 'https://example.com/player.js', startedAt: n, requestBody: { kind: 'none' }, status: 200 },
    { id: `options-${n}`, method: 'OPTIONS', url: `${BASE}/api/v1/sessions`, startedAt: n, requestBody: { kind: 'none' }, status: 204 },
    {
      id: `beacon-${n}`,
      method: 'POST',
      url: 'https://example.com/collect',
      startedAt: n,
      requestBody: { kind: 'text', text: '{"eventType":"ping","playerTime":{"playhead":0,"ts":1}}' },
      status: 204,
    },
    { id: `open-${n}`, method: 'POST', url: `${BASE}/api/v1/sessions/${'b'.repeat(64)}/events`, startedAt: n, requestBody: { kind: 'text', text: '{' } },
  ];
}

describe('pushAll judges as push does call by call', () => {
  test.each(RULE_CASES.map((c) => [c.rule, c.description, c] as const))('%s: %s', (_rule, _description, c) => {
    const calls = caseCalls(c);
    const arrival = (c.arrival ?? calls.map((_, i) => i)).filter((i) => !(c.midSession && i === 0));
    expectSame(arrival.map((i) => calls[i]!));
  });

  test.each(TIMELINES)("Adobe's %s", (name) => {
    expectSame(timelineCalls(name));
  });

  test('every schema case in one capture, with other traffic between them', () => {
    const calls = Object.values(CASES)
      .flat()
      .flatMap((c, i) => [...toCalls([{ body: c.body }], { sid: `s${i % 7}` }), ...(i % 5 === 0 ? otherTraffic(i) : [])]);
    expect(calls.length).toBeGreaterThan(200);
    const { findings } = expectSame(calls);
    expect(Object.values(findings).some((f) => f.length > 0)).toBe(true);
  });

  test('long sessions interleaved and some calls late, across many groups of calls', () => {
    const sessions = [generateSession(1, 300), generateSession(2, 150), generateSession(3, 70)];
    const calls: CapturedCall[] = [];
    for (let k = 0; k < 300; k++) for (const s of sessions) if (k < s.length) calls.push(s[k]!);
    // A call overtaken by the next three: the server reorders it, so it is judged in its place.
    for (let k = 10; k + 3 < calls.length; k += 37) calls.splice(k + 3, 0, ...calls.splice(k, 1));
    const { changed } = expectSame([...calls, ...otherTraffic(1)]);
    expect(Object.keys(changed).length).toBeGreaterThan(0);
  });

  test.each([0, 1, 63, 64, 65, 129])('%i calls: every group boundary', (n) => {
    expectSame(generateSession(4, 200).slice(0, n));
  });
});
