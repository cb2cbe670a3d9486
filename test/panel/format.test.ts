import { describe, expect, it } from 'vitest';
import { formatCount, formatDelta, formatDuration } from '../../src/panel/format.js';

describe('time and count formats', () => {
  it('writes the gap since the previous call with its sign and a unit that fits', () => {
    expect([formatDelta(16), formatDelta(-3), formatDelta(1500), formatDelta(12_000)]).toEqual(['+16 ms', '−3 ms', '+1.50 s', '+12.0 s']);
    expect([formatDuration(400), formatDuration(61_000), formatDuration(3_700_000)]).toEqual(['0 s', '1 min 1 s', '1 h 1 min']);
  });

  it('writes counts with thousands separators', () => {
    expect([0, 7, 999, 1000, 10_000, 123_456, 1_234_567, -4200].map(formatCount)).toEqual(['0', '7', '999', '1,000', '10,000', '123,456', '1,234,567', '-4,200']);
  });
});
