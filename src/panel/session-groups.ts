import type { Finding } from '../core/finding.js';
import { groupRepeats } from '../core/group-findings.js';
import type { Severity } from '../core/severity.js';
import type { CallEntry } from '../messaging/entry.js';
import type { Message } from '../i18n/message.js';

export interface RepeatedFinding {
  rule: string;
  severity: Severity;
  /** The first finding's message: the others say the same of other calls. */
  message: Message;
  /** Each call it was found on, in list order (a call once, even with two alike findings). */
  callIds: string[];
}

/**
 * The findings a session repeats ("equal ts ×8"), as the text report groups them
 * (core/group-findings.ts): only groups of more than one finding, in order of their first call.
 */
export function repeatedFindings(calls: readonly CallEntry[], findings: ReadonlyMap<string, readonly Finding[]>): RepeatedFinding[] {
  const all: Finding[] = [];
  for (const e of calls) {
    const list = findings.get(e.call.id);
    if (list) for (const f of list) all.push(f);
  }
  const out: RepeatedFinding[] = [];
  for (const { first, members } of groupRepeats(all)) {
    if (members.length < 2) continue;
    out.push({ rule: first.rule, severity: first.severity, message: first.message, callIds: [...new Set(members.map((f) => f.callId))] });
  }
  return out;
}
