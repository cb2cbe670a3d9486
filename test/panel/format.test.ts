import { describe, expect, it } from 'vitest';
import { formatClock, formatDelta, formatDuration, formatSpan } from '../../src/panel/format.js';
import { createTranslator, english } from '../../src/i18n/translator.js';

describe('time and count formats', () => {
  it('writes the gap since the previous call with its sign and a unit that fits', () => {
    expect([formatDelta(english, 16), formatDelta(english, -3), formatDelta(english, 1500), formatDelta(english, 12_000)]).toEqual(['+16 ms', '−3 ms', '+1.50 s', '+12.0 s']);
    expect([formatDuration(english, 400), formatDuration(english, 61_000), formatDuration(english, 3_700_000)]).toEqual(['0 s', '1 min 1 s', '1 h 1 min']);
    expect(formatSpan(english, 12_345)).toBe('12.3 s');
  });

  it('writes decimals and the time of day as the chosen language does', () => {
    const de = createTranslator('de');
    expect([formatDelta(de, 1500), formatSpan(de, 12_345)]).toEqual(['+1,50 s', '12,3 s']);
    const at = new Date(2026, 0, 2, 14, 3, 5, 42).getTime();
    expect(formatClock(english, at)).toBe('14:03:05.042');
    expect(formatClock(de, at)).toBe('14:03:05,042');
  });
});
