import { describe, expect, it } from 'vitest';
import { endView, OVERSCAN, ROW_HEIGHT, rowSlots, visibleWindow, windowCovers } from '../../src/panel/virtual-window.js';

describe('virtual window', () => {
  it('renders the rows in view plus a margin, never past either end', () => {
    expect(visibleWindow(10_000, 0, 440)).toEqual({ first: 0, last: 20 + OVERSCAN });
    const mid = visibleWindow(10_000, 5000 * ROW_HEIGHT, 440);
    expect(mid.first).toBe(4999 - OVERSCAN);
    expect(mid.last - mid.first).toBeLessThan(80);
    expect(visibleWindow(10, 0, 2000)).toEqual({ first: 0, last: 10 });
    expect(visibleWindow(0, 0, 400)).toEqual({ first: 0, last: 0 });
    // A filter left 4 rows under a view scrolled to row 40: nothing past the end is asked for.
    expect(visibleWindow(4, 40 * ROW_HEIGHT, 400)).toEqual({ first: 4, last: 4 });
  });

  it('has more row slots than any window holds, so no two rows of a window share a key', () => {
    for (const height of [0, 100, 437, 600, 1400]) {
      const slots = rowSlots(height);
      for (let top = 0; top < 3000; top += 7) {
        const { first, last } = visibleWindow(10_000, top, height);
        const keys = new Set(Array.from({ length: last - first }, (_, i) => (first + i) % slots));
        expect(keys.size, `height ${height}, scrollTop ${top}`).toBe(last - first);
      }
    }
  });

  it('opens on the end of the list with rows for any viewport up to the tallest', () => {
    const count = 200;
    const opening = endView(count, 900);
    for (const height of [120, 437, 900]) {
      // Where the list really is once laid out at this height, scrolled to its end.
      const atEnd = { top: (count + 1) * ROW_HEIGHT - height, height };
      expect(windowCovers(count, opening, atEnd), `height ${height}`).toBe(true);
      expect(visibleWindow(count, opening.top, opening.height).last).toBe(count);
    }
    expect(endView(3, 900)).toEqual({ top: 0, height: 900 });
  });

  it('asks for a new render when the rows rendered miss part of the view', () => {
    const rendered = { top: 5000 * ROW_HEIGHT, height: 440 };
    expect(windowCovers(10_000, rendered, rendered)).toBe(true);
    expect(windowCovers(10_000, rendered, { top: 5000 * ROW_HEIGHT + 3 * ROW_HEIGHT, height: 300 })).toBe(true);
    expect(windowCovers(10_000, rendered, { top: 5000 * ROW_HEIGHT + 40 * ROW_HEIGHT, height: 440 })).toBe(false);
    expect(windowCovers(10_000, rendered, { top: 5000 * ROW_HEIGHT, height: 1200 })).toBe(false);
    expect(windowCovers(10_000, rendered, { top: 0, height: 440 })).toBe(false);
  });
});
