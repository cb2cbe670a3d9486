import type { CapturedCall } from '../../src/core/call.js';
import type { RuleCase } from '../core/rules/cases.js';
import { toCalls } from './calls.js';
import { toEdgeCalls } from './edge-calls.js';

/** A rule case's calls, in the API it is written for. */
export function caseCalls(c: RuleCase, opts: { idPrefix?: string } = {}): CapturedCall[] {
  return c.api === 'media-edge' ? toEdgeCalls(c.events, opts) : toCalls(c.events, opts);
}
