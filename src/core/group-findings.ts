import type { Message } from '../i18n/message.js';
import type { Severity } from './severity.js';

/** What grouping reads of a finding: the CLI's reported findings and the panel's findings both have it. */
export interface GroupableFinding {
  rule: string;
  severity: Severity;
  message: Message;
}

/** A finding, or the findings that say the same thing of different calls. */
export interface FindingGroup<F extends GroupableFinding> {
  /** The earliest of them, shown in full. */
  first: F;
  /** All of them, `first` included, in order. */
  members: F[];
}

/** A rule repeating this often in a session is shown once, with a count: eight "equal ts" blocks say no more than one. */
export const GROUP_FROM = 3;

/**
 * A session's findings, in order, with those that say the same thing (same rule, severity and
 * message but for its numbers: "play has the same ts (…) as the event before it") gathered at
 * the first of them when there are GROUP_FROM or more. Findings that differ in anything else,
 * such as the parameter they name, stay apart. The text report and the panel group alike;
 * the JSON report keeps every finding.
 */
export function groupRepeats<F extends GroupableFinding>(findings: readonly F[]): FindingGroup<F>[] {
  const counts = new Map<string, number>();
  for (const f of findings) {
    const key = keyOf(f);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const groups: FindingGroup<F>[] = [];
  const open = new Map<string, FindingGroup<F>>();
  for (const f of findings) {
    const key = keyOf(f);
    if (counts.get(key)! < GROUP_FROM) {
      groups.push({ first: f, members: [f] });
      continue;
    }
    const group = open.get(key);
    if (group) group.members.push(f);
    else {
      const created = { first: f, members: [f] };
      open.set(key, created);
      groups.push(created);
    }
  }
  return groups;
}

function keyOf(f: GroupableFinding): string {
  return `${f.rule} ${f.severity} ${f.message.id} ${JSON.stringify(f.message.values ?? {}).replace(/\d+(\.\d+)?/g, '#')}`;
}
