import { describe, expect, it } from 'vitest';
import { BIG_KEY_STEP, clampPane, KEY_STEP, sizeForKey } from '../../../src/panel/layout/pane-size.js';

const limits = { min: 100, max: 300 };

describe('clampPane', () => {
  it('keeps a size within its limits, rounded to whole pixels', () => {
    expect(clampPane(150.4, limits)).toBe(150);
    expect(clampPane(20, limits)).toBe(100);
    expect(clampPane(900, limits)).toBe(300);
  });

  it('gives the minimum when the room is smaller than it', () => {
    expect(clampPane(150, { min: 100, max: 60 })).toBe(100);
  });
});

describe('sizeForKey', () => {
  it('grows and shrinks a pane with the arrows, by a bigger step with Shift', () => {
    expect(sizeForKey('ArrowRight', false, 200, limits, 'ArrowRight')).toBe(200 + KEY_STEP);
    expect(sizeForKey('ArrowLeft', false, 200, limits, 'ArrowRight')).toBe(200 - KEY_STEP);
    expect(sizeForKey('ArrowRight', true, 200, limits, 'ArrowRight')).toBe(200 + BIG_KEY_STEP);
  });

  it('follows the side the pane is on: a pane right of its separator grows with ArrowLeft', () => {
    expect(sizeForKey('ArrowLeft', false, 200, limits, 'ArrowLeft')).toBe(210);
    expect(sizeForKey('ArrowUp', false, 200, limits, 'ArrowDown')).toBe(190);
  });

  it('stops at the limits, jumps to them with Home and End, and leaves other keys alone', () => {
    expect(sizeForKey('ArrowRight', true, 290, limits, 'ArrowRight')).toBe(300);
    expect(sizeForKey('Home', false, 200, limits, 'ArrowRight')).toBe(100);
    expect(sizeForKey('End', false, 200, limits, 'ArrowRight')).toBe(300);
    expect(sizeForKey('Enter', false, 200, limits, 'ArrowRight')).toBeUndefined();
  });
});
