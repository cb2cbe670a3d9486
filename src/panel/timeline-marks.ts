import type { Mark } from './timeline-model.js';

export interface MarkGroup extends Mark {
  /** How many marks this one stands for; above 1, they were too close to draw apart. */
  count: number;
}

/** The more severe kinds win a group: its mark shows, and a click selects its call. */
const RANK: Record<string, number> = { 'ad-outside-break': 5, 'finding-error': 4, error: 3, 'finding-warning': 2, 'finding-info': 1 };

/**
 * Marks closer on screen than `gapPx` merged into one. A long session has thousands of pings
 * and findings: drawn one each, they overlap into an unreadable smear and cost thousands of SVG
 * nodes; grouped, a lane holds at most one mark per `gapPx`, whatever the session's length.
 */
export function groupMarks(marks: readonly Mark[], x: (t: number) => number, gapPx: number): MarkGroup[] {
  const sorted = [...marks].sort((a, b) => a.at - b.at);
  const groups: MarkGroup[] = [];
  let startX = -Infinity;
  for (const m of sorted) {
    const last = groups[groups.length - 1];
    const mx = x(m.at);
    if (!last || mx - startX >= gapPx) {
      groups.push({ ...m, count: 1 });
      startX = mx;
      continue;
    }
    last.count++;
    if ((RANK[m.kind] ?? 0) > (RANK[last.kind] ?? 0)) Object.assign(last, { kind: m.kind, at: m.at, callId: m.callId, label: m.label });
  }
  return groups;
}
