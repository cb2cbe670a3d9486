import { describe, expect, test } from 'vitest';
import { runCallChecks, stepSequenceRules, UNROLLED_SITES } from '../../src/core/generated/dispatch.js';
import { MAX_RULES } from '../../src/core/rule-dispatch.js';
import { CALL_RULES, SEQUENCE_RULES } from '../../src/core/rules/index.js';
import type { CallContext, Reporter, SequencedEvent } from '../../src/core/rules/rule.js';

const POSITIONS = Array.from({ length: MAX_RULES }, (_, i) => i);
/** Masks that set positions on the unrolled sites, past them, both, the highest, and none. */
const MASKS = [0, 0b1, 0b1010_0101, 1 << (UNROLLED_SITES - 1), 1 << UNROLLED_SITES, (1 << UNROLLED_SITES) | 0b11, 1 << (MAX_RULES - 1), 2 ** MAX_RULES - 1];

function positionsOf(mask: number): number[] {
  return POSITIONS.filter((i) => (mask >>> i) & 1);
}

/** A reporter that only names its position: what the dispatch passed where. */
const reporters = POSITIONS.map((i) => Object.assign((() => {}) as Reporter, { position: i }));
const positionOf = (r: Reporter) => (r as Reporter & { position: number }).position;

describe('generated rule dispatch', () => {
  test.each(MASKS)('runCallChecks runs the call rule of each position set in %i, in order, with its own reporter', (mask) => {
    const ran: [number, CallContext, number][] = [];
    const checks = POSITIONS.map((i) => (ctx: CallContext, report: Reporter) => void ran.push([i, ctx, positionOf(report)]));
    const ctx = {} as CallContext;
    runCallChecks(mask, checks, ctx, reporters);
    expect(ran).toEqual(positionsOf(mask).map((i) => [i, ctx, i]));
  });

  test.each(MASKS)('stepSequenceRules steps the sequence rule of each position set in %i, in order, with its own state and reporter', (mask) => {
    const ran: [number, unknown, SequencedEvent, number][] = [];
    const onEvents = POSITIONS.map((i) => (state: unknown, event: SequencedEvent, report: Reporter) => void ran.push([i, state, event, positionOf(report)]));
    const states = POSITIONS.map((i) => ({ state: i }));
    const event = {} as SequencedEvent;
    stepSequenceRules(mask, onEvents, states, event, reporters);
    expect(ran).toEqual(positionsOf(mask).map((i) => [i, { state: i }, event, i]));
  });

  test('every registered rule has a call site of its own (raise UNROLLED_SITES in scripts/generate-dispatch.ts if this fails)', () => {
    expect(CALL_RULES.length).toBeLessThanOrEqual(UNROLLED_SITES);
    expect(SEQUENCE_RULES.length).toBeLessThanOrEqual(UNROLLED_SITES);
  });
});
