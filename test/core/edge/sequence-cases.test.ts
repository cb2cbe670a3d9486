import { describe, expect, test } from 'vitest';
import { toEdgeCalls } from '../../support/edge-calls.js';
import { EDGE_SEQUENCE_CASES as CASES, FORMAT_BOUND, SEQUENCE_IDS } from '../../support/edge-sequence-cases.js';
import { caseFindings } from '../../support/rule-case-calls.js';
import type { RuleCase } from '../rules/cases.js';

/**
 * The sequence rules' cases, each sent in the Media Edge format instead: the rules must find
 * the same things, at the same calls, whichever API carried the events.
 */

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
