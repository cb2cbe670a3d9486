import type { CallFindings, Finding } from './finding.js';

const NO_FINDINGS: readonly Finding[] = Object.freeze([]);
/** What takeChanges returns for nearly every call: shared, since a call with no findings changes nothing. */
const NOTHING_CHANGED: readonly CallFindings[] = Object.freeze([]);

/** A call's findings: its call rules' (set once, when it is judged) and its sessions' (which come and go). */
interface FindingLists {
  own: readonly Finding[];
  sequence: Finding[];
}

/**
 * The findings of every call, and which calls' findings changed since they were last taken.
 *
 * Only calls that have (or had) findings are kept, which is few of them: a capture of a
 * hundred thousand clean calls holds nothing here.
 */
export class FindingsStore {
  private readonly byCall = new Map<string, FindingLists>();
  private readonly changed = new Set<string>();

  /** The findings of a newly judged call's own rules; `own` is not empty. */
  setOwn(callId: string, own: readonly Finding[]): void {
    this.byCall.set(callId, { own, sequence: [] });
    this.changed.add(callId);
  }

  addSequence(finding: Finding): void {
    let lists = this.byCall.get(finding.callId);
    if (!lists) this.byCall.set(finding.callId, (lists = { own: NO_FINDINGS, sequence: [] }));
    lists.sequence.push(finding);
    this.changed.add(finding.callId);
  }

  /** Withdraws a sequence finding (a late call was slotted in before the event that made it). */
  removeSequence(finding: Finding): void {
    const lists = this.byCall.get(finding.callId);
    if (!lists) return;
    const i = lists.sequence.indexOf(finding);
    if (i >= 0) lists.sequence.splice(i, 1);
    this.changed.add(finding.callId);
  }

  /** A call's findings, own first; a copy, so later changes do not show through it. */
  findingsOf(callId: string): readonly Finding[] {
    const lists = this.byCall.get(callId);
    if (!lists) return NO_FINDINGS;
    if (lists.sequence.length === 0) return lists.own.length === 0 ? NO_FINDINGS : [...lists.own];
    return [...lists.own, ...lists.sequence];
  }

  /** Each call whose findings changed since the last time, once, with its complete list. */
  takeChanges(): readonly CallFindings[] {
    if (this.changed.size === 0) return NOTHING_CHANGED;
    const out: CallFindings[] = [];
    for (const id of this.changed) out.push({ callId: id, findings: this.findingsOf(id) });
    this.changed.clear();
    return out;
  }
}
