import type { Finding } from './finding.js';
import type { FindingsStore } from './findings-store.js';
import type { RuleMeta } from './rules/rule.js';
import { ACCEPTED_NOT_COUNTED, notCountedReport } from './rules/sequence/accepted-not-counted.js';
import { toFinding } from './rules/to-finding.js';
import type { SessionRecord } from './session-record.js';

/**
 * The error findings on calls the server accepted, counted per call: a call's
 * accepted-not-counted finding comes with its first such error and goes with its last.
 */
export class AcceptedErrors {
  /** By call: how many errors it has, and the accepted-not-counted finding they brought. */
  private readonly byCall = new Map<string, { errors: number; finding: Finding }>();

  /** `notCounted`: accepted-not-counted as configured, or undefined when it is off. */
  constructor(
    private readonly notCounted: RuleMeta | undefined,
    private readonly findings: FindingsStore,
  ) {}

  /** Each error finding of `own`, a call the server accepted, noted. */
  noteAll(own: readonly Finding[], session: SessionRecord): void {
    for (const f of own) if (f.severity === 'error') this.note(f, session, +1);
  }

  /** An error found on an accepted call (+1), or withdrawn (-1). */
  note(error: Finding, session: SessionRecord, delta: 1 | -1): void {
    if (!this.notCounted || error.rule === ACCEPTED_NOT_COUNTED) return;
    const known = this.byCall.get(error.callId);
    if (!known) {
      if (delta < 0) return;
      const finding = toFinding(this.notCounted, error.callId, notCountedReport(error));
      this.byCall.set(error.callId, { errors: 1, finding });
      this.findings.addSequence(finding);
      session.count(finding, +1);
      return;
    }
    known.errors += delta;
    if (known.errors > 0) return;
    this.byCall.delete(error.callId);
    this.findings.removeSequence(known.finding);
    session.count(known.finding, -1);
  }
}
