import { describe, expect, test } from 'vitest';
import type { CapturedCall } from '../../../src/core/call.js';
import { Inspector } from '../../../src/core/inspector.js';
import { CALL_RULES, EDGE_CALL_RULES, SEQUENCE_RULES } from '../../../src/core/rules/index.js';
import { timelineCalls, TIMELINES } from '../../support/timelines.js';
import { toCalls, type EventSpec } from '../../support/calls.js';
import { toEdgeCalls } from '../../support/edge-calls.js';
import { caseCalls } from '../../support/rule-case-calls.js';
import { CASES } from '../schema/cases/index.js';
import { RULE_CASES } from './cases.js';

/**
 * The inspector runs a rule only on the calls its triggers name (CallRule.triggers,
 * SequenceRule.eventTypes). These tests run every rule on every call as well, over every case
 * the rule tests know and variations of them, and require the same findings: a trigger that
 * is too narrow would hide findings, silently.
 */
const EVERY_CALL_RULE_EVERYWHERE = CALL_RULES.map(({ triggers: _t, ...rule }) => rule);
const EVERY_EDGE_CALL_RULE_EVERYWHERE = EDGE_CALL_RULES.map(({ triggers: _t, ...rule }) => rule);
const EVERY_SEQUENCE_RULE_EVERYWHERE = SEQUENCE_RULES.map(({ eventTypes: _e, ...rule }) => rule);

function findings(calls: CapturedCall[], inspector: Inspector): string[] {
  for (const c of calls) inspector.push(c);
  inspector.finish();
  return calls.flatMap((c) => inspector.findingsOf(c.id).map((f) => `${c.id} ${f.rule} ${f.severity} ${f.pointer ?? ''} ${f.message}`));
}

function expectSameFindings(calls: CapturedCall[]): number {
  const dispatched = findings(calls, new Inspector());
  const everywhere = findings(calls, new Inspector({ callRules: EVERY_CALL_RULE_EVERYWHERE, edgeCallRules: EVERY_EDGE_CALL_RULE_EVERYWHERE, sequenceRules: EVERY_SEQUENCE_RULE_EVERYWHERE }));
  expect(dispatched).toEqual(everywhere);
  return dispatched.length;
}

/** Each event answered and sent in every way the rules distinguish. */
function variations(spec: EventSpec): EventSpec[] {
  const statuses = [200, 201, 204, 400, 404, 410, 500, 503, 0];
  return [
    spec,
    ...statuses.map((status) => ({ ...spec, status })),
    { ...spec, networkError: 'net::ERR_FAILED' },
    { ...spec, viaSessions: !(spec.viaSessions ?? false) },
    { ...spec, withheld: 'the browser gave no body' },
    { ...spec, rawBody: '' },
    { ...spec, rawBody: '{"eventType": "ping", ' },
    { ...spec, rawBody: '[1, 2]' },
  ];
}

describe('rule triggers hide no finding', () => {
  test.each(RULE_CASES.map((c) => [c.rule, c.description, c] as const))('%s: %s', (_rule, _description, c) => {
    const calls = caseCalls(c);
    const arrival = (c.arrival ?? calls.map((_, i) => i)).filter((i) => !(c.midSession && i === 0));
    expectSameFindings(arrival.map((i) => calls[i]!));
  });

  test('on every schema case, sent and answered in every way', () => {
    const specs = Object.values(CASES).flatMap((cases) => cases.flatMap((c) => variations({ body: c.body })));
    // One session per call, so each is judged as it stands, and one session with them all.
    let total = 0;
    specs.forEach((spec, i) => (total += expectSameFindings(toCalls([spec], { sid: `s${i}` }))));
    total += expectSameFindings(toCalls(specs));
    expect(total).toBeGreaterThan(specs.length);
  });

  test('on every schema case sent as a Media Edge call, answered in every way', () => {
    const specs = Object.values(CASES).flatMap((cases) => cases.flatMap((c) => variations({ body: c.body })));
    let total = 0;
    specs.forEach((spec, i) => (total += expectSameFindings(toEdgeCalls([spec], { sid: `s${i}`, idPrefix: `e${i}-` }))));
    total += expectSameFindings(toEdgeCalls(specs, { idPrefix: 'all-' }));
    expect(total).toBeGreaterThan(specs.length);
  });

  test.each(TIMELINES)("on Adobe's %s", (name) => {
    expectSameFindings(timelineCalls(name));
  });
});
