import { describe, expect, it } from 'vitest';
import { estimateWidth, fitLabel } from '../../../src/panel/layout/label-fit.js';

/** Every character 10 px wide: easy to reason about. */
const measure = (text: string) => [...text].length * 10;

describe('fitLabel', () => {
  it('keeps a label that fits whole', () => {
    expect(fitLabel('Chapter 1', 90, measure)).toBe('Chapter 1');
  });

  it('cuts a label that does not fit, with an ellipsis, to the longest prefix that fits', () => {
    expect(fitLabel('Chapter 1', 60, measure)).toBe('Chapt…');
    expect(measure(fitLabel('Chapter 1', 60, measure)!)).toBeLessThanOrEqual(60);
  });

  it('drops the space before the ellipsis', () => {
    expect(fitLabel('Ad break 2', 40, measure)).toBe('Ad…');
  });

  it('drops a label when not even two characters and the ellipsis fit', () => {
    expect(fitLabel('playing', 25, measure)).toBeUndefined();
    expect(fitLabel('playing', 0, measure)).toBeUndefined();
  });

  it('estimates 11 px text at more than 5 px a character, so nothing is squeezed in node either', () => {
    expect(estimateWidth('Findings')).toBeGreaterThan(8 * 5);
  });
});
