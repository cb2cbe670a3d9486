import { groupRepeats as groupShared } from '../group-findings.js';
import type { ReportedFinding } from './file-report.js';

/** One block of the text report: a finding, or the findings that say the same thing of different calls. */
export interface FindingGroup {
  /** The earliest of them, shown in full. */
  first: ReportedFinding;
  /** The calls (entry indexes) of all of them, in order. */
  calls: number[];
}

/** A session's findings grouped as the panel groups them (../group-findings.ts), with each group's entry indexes. */
export function groupRepeats(findings: readonly ReportedFinding[]): FindingGroup[] {
  return groupShared(findings).map(({ first, members }) => ({ first, calls: members.map((f) => f.call) }));
}
