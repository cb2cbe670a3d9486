/** The call list's columns, left to right; the CSS gives each its width (event takes the rest). */
export type ColumnKey = 'time' | 'delta' | 'playhead' | 'event' | 'status' | 'findings';

interface Column {
  key: ColumnKey;
  /** Width in px (the event column: the least it may shrink to). */
  width: number;
  /** Columns that give way when the list is narrow, first to go first; event, status and findings always stay. */
  givesWay?: number;
}

export const COLUMNS: readonly Column[] = [
  { key: 'time', width: 84, givesWay: 3 },
  { key: 'delta', width: 58, givesWay: 1 },
  { key: 'playhead', width: 64, givesWay: 2 },
  { key: 'event', width: 110 },
  { key: 'status', width: 64 },
  { key: 'findings', width: 72 },
];

/**
 * The columns to hide so the rest fit `listWidth` px: Δ first, then playhead, then time, as the
 * Network panel drops its less useful columns. What is left always includes event, status and
 * findings, which at the narrowest panel (360 px) still fit.
 */
export function hiddenColumns(listWidth: number): Set<ColumnKey> {
  const hidden = new Set<ColumnKey>();
  let total = COLUMNS.reduce((sum, c) => sum + c.width, 0);
  const droppable = COLUMNS.filter((c) => c.givesWay !== undefined).sort((a, b) => a.givesWay! - b.givesWay!);
  for (const column of droppable) {
    if (total <= listWidth) break;
    hidden.add(column.key);
    total -= column.width;
  }
  return hidden;
}
