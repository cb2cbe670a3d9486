import { describe, expect, test } from 'vitest';
import { ClosedTabs } from '../../src/background/closed-tabs.js';

describe('closed tabs', () => {
  test('are remembered, the oldest forgotten beyond the bound', () => {
    const closed = new ClosedTabs(2);
    closed.add(1);
    closed.add(2);
    expect(closed.has(1) && closed.has(2)).toBe(true);
    expect(closed.has(3)).toBe(false);
    closed.add(3);
    expect(closed.has(1)).toBe(false);
    expect(closed.has(2) && closed.has(3)).toBe(true);
  });
});
