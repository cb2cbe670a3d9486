import type { ReportedFinding } from './file-report.js';

/** One block of the text report: a finding, or the findings that say the same thing of different calls. */
export interface FindingGroup {
  /** The earliest of them, shown in full. */
  first: ReportedFinding;
  /** The calls (entry indexes) of all of them, in order. */
  calls: number[];
}

/** A rule repeating this often in a session is shown once, with a count: eight "equal ts" blocks say no more than one. */
const GROUP_FROM = 3;

/**
 * A session's findings, in order, with those that say the same thing (same rule, severity and
 * message but for its numbers: "play has the same ts (…) as the event before it") gathered at
 * the first of them when there are GROUP_FROM or more. Findings that differ in anything else,
 * such as the parameter they name, stay apart. (The JSON report keeps every finding.)
 */
export function groupRepeats(findings: readonly ReportedFinding[]): FindingGroup[] {
  const counts = new Map<string, number>();
  for (const f of findings) {
    const key = keyOf(f);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const groups: FindingGroup[] = [];
  const open = new Map<string, FindingGroup>();
  for (const f of findings) {
    const key = keyOf(f);
    if (counts.get(key)! < GROUP_FROM) {
      groups.push({ first: f, calls: [f.call] });
      continue;
    }
    const group = open.get(key);
    if (group) group.calls.push(f.call);
    else {
      const created = { first: f, calls: [f.call] };
      open.set(key, created);
      groups.push(created);
    }
  }
  return groups;
}

function keyOf(f: ReportedFinding): string {
  return `${f.rule} ${f.severity} ${f.message.replace(/\d+(\.\d+)?/g, '#')}`;
}
