import { describe, expect, it } from 'vitest';
import { COLUMNS, hiddenColumns } from '../../../src/panel/layout/columns.js';

const all = COLUMNS.reduce((sum, c) => sum + c.width, 0);

describe('hiddenColumns', () => {
  it('hides nothing when every column fits', () => {
    expect([...hiddenColumns(all)]).toEqual([]);
    expect([...hiddenColumns(2000)]).toEqual([]);
  });

  it('gives way in order: Δ first, then playhead, then time', () => {
    expect([...hiddenColumns(all - 1)]).toEqual(['delta']);
    expect([...hiddenColumns(all - 58 - 1)]).toEqual(['delta', 'playhead']);
    expect([...hiddenColumns(all - 58 - 64 - 1)]).toEqual(['delta', 'playhead', 'time']);
  });

  it('never hides event, status or findings, however narrow, and those three fit a 360 px panel', () => {
    const kept = COLUMNS.filter((c) => !hiddenColumns(100).has(c.key));
    expect(kept.map((c) => c.key)).toEqual(['event', 'status', 'findings']);
    expect(kept.reduce((sum, c) => sum + c.width, 0)).toBeLessThanOrEqual(360);
  });
});
