import { describe, expect, it } from 'vitest';
import { groupMarks } from '../../src/panel/timeline-marks.js';
import type { Mark } from '../../src/panel/timeline-model.js';
import { markText } from '../../src/panel/timeline-labels.js';
import { createTranslator, english } from '../../src/i18n/translator.js';

const mark = (at: number, kind = 'ping', callId = `c${at}`): Mark => ({ kind, at, callId, label: kind === 'ping' ? '' : kind });
const x = (t: number) => t; // one unit of time per unit of width

describe('groupMarks', () => {
  it('leaves marks far enough apart alone', () => {
    const groups = groupMarks([mark(0), mark(20), mark(40)], x, 14);
    expect(groups.map((g) => [g.at, g.count])).toEqual([[0, 1], [20, 1], [40, 1]]);
    expect(markText(english, groups[0]!)).toBe('ping');
  });

  it('merges marks closer than the gap into one that shows the most severe and says how many', () => {
    const groups = groupMarks([mark(0, 'finding-warning'), mark(5, 'ad-outside-break', 'stray'), mark(9, 'finding-info'), mark(30, 'finding-info')], x, 14);
    expect(groups).toHaveLength(2);
    expect(groups[0]).toMatchObject({ kind: 'ad-outside-break', callId: 'stray', at: 5, count: 3 });
    expect(markText(english, groups[0]!)).toBe('ad-outside-break (and 2 more close by)');
    expect(markText(createTranslator('de'), groups[0]!)).toMatch(/^ad-outside-break \(und 2 weitere/);
    expect(groups[1]).toMatchObject({ kind: 'finding-info', count: 1 });
  });

  it('draws at most one mark per gap, however many calls a session has', () => {
    const pings = Array.from({ length: 10_000 }, (_, i) => mark(i / 10));
    const groups = groupMarks(pings, x, 3);
    expect(groups.length).toBeLessThanOrEqual(1000 / 3 + 1);
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(10_000);
  });
});
