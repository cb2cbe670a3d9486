import { describe, expect, test } from 'vitest';
import { SEQUENCE_RULES } from '../../../src/core/rules/index.js';
import { EDGE_ACTIONS } from '../../../src/core/edge/edge-actions.js';
import { toEdgeCalls } from '../../support/edge-calls.js';
import { caseFindings } from '../../support/rule-case-calls.js';
import { RULE_CASES, type RuleCase } from '../rules/cases.js';

/**
 * The sequence rules' cases, each sent in the Media Edge format instead: the rules must find
 * the same things, at the same calls, whichever API carried the events.
 */
const SEQUENCE_IDS = new Set(SEQUENCE_RULES.map((r) => r.meta.id));

/**
 * Cases the Media Edge format cannot express: events it has no endpoint for (stateStart,
 * stateEnd), and media.libraryVersion, by which the rules recognise the Media Collection
 * API's SDKs (the Web SDK sends no such parameter, so its sessions are judged as any player's).
 */
const expressible = (c: RuleCase) =>
  c.events.every((e) => {
    const body = e.body as { eventType?: unknown; params?: Record<string, unknown> } | undefined;
    return (EDGE_ACTIONS as readonly string[]).includes(String(body?.eventType)) && body?.params?.['media.libraryVersion'] === undefined;
  });

/**
 * accepted-not-counted reads no events: it follows the error findings of an accepted call, and
 * its case leans on a Media Collection API call rule (a sessionStart without its report suite,
 * which the Web SDK's datastream supplies). Its Media Edge behaviour is tested with the Edge
 * sessions and the recorded Web SDK HAR.
 */
const FORMAT_BOUND = new Set(['accepted-not-counted']);

const CASES = RULE_CASES.filter((c) => SEQUENCE_IDS.has(c.rule) && !FORMAT_BOUND.has(c.rule) && expressible(c));

function run(c: RuleCase, live: boolean): [number, string][] {
  return caseFindings(c, toEdgeCalls(c.events, { live, idPrefix: `${c.rule}-` }));
}

describe.each(CASES.map((c) => [c.rule, c.description, c] as const))('%s through Media Edge', (_rule, _description, c) => {
  test(`${c.description} (sessionStart response read, as in a HAR)`, () => {
    expect(run(c, false)).toEqual([...c.expect].sort((a, b) => a[0] - b[0]));
  });
  test(`${c.description} (live: linked by the first new sessionID)`, () => {
    expect(run(c, true)).toEqual([...c.expect].sort((a, b) => a[0] - b[0]));
  });
});

test('every sequence rule has cases that run through Media Edge, failing and passing', () => {
  for (const id of SEQUENCE_IDS) {
    if (FORMAT_BOUND.has(id)) continue;
    const mine = CASES.filter((c) => c.rule === id);
    expect(mine.some((c) => c.expect.length > 0), id).toBe(true);
    expect(mine.some((c) => c.expect.length === 0), id).toBe(true);
  }
});
