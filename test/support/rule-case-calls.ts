import type { CapturedCall } from '../../src/core/call.js';
import type { Finding } from '../../src/core/finding.js';
import { Inspector } from '../../src/core/inspector.js';
import type { RuleCase } from '../core/rules/cases.js';
import { toCalls } from './calls.js';
import { toEdgeCalls } from './edge-calls.js';

/** A rule case's calls, in the API it is written for. */
export function caseCalls(c: RuleCase, opts: { idPrefix?: string } = {}): CapturedCall[] {
  return c.api === 'media-edge' ? toEdgeCalls(c.events, opts) : toCalls(c.events, opts);
}

/** The case's rule's findings when its calls arrive as the case says, as [index of the call, severity]. */
export function caseFindings(c: RuleCase, calls: CapturedCall[]): [number, string][] {
  return caseRuleFindings(c, calls).map(({ index, finding }) => [index, finding.severity]);
}

/** The case's rule's findings when its calls arrive as the case says, each with the index of its call. */
export function caseRuleFindings(c: RuleCase, calls: CapturedCall[]): { index: number; finding: Finding }[] {
  const arrival = (c.arrival ?? calls.map((_, i) => i)).filter((i) => !(c.midSession && i === 0));
  const inspector = new Inspector();
  for (const i of arrival) inspector.push(calls[i]!);
  inspector.finish();
  const found: { index: number; finding: Finding }[] = [];
  calls.forEach((call, i) => {
    for (const finding of inspector.findingsOf(call.id)) if (finding.rule === c.rule) found.push({ index: i, finding });
  });
  return found;
}
