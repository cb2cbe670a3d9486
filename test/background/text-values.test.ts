import { describe, expect, test } from 'vitest';
import { FakeSessionArea } from './fake-session-area.js';
import { decodeValues, textValues } from '../../src/background/text-values.js';

describe('textValues', () => {
  test('stores each value as JSON text and reads it back as it was', async () => {
    const raw = new FakeSessionArea();
    const area = textValues(raw);
    const entry = { kind: 'call', call: { id: '7', requestBody: { kind: 'text', text: '{"eventType":"ping"}' }, status: 204 } };
    await area.set({ 'r:1:7': entry, boots: 3 });
    expect(await raw.get(null)).toEqual({ 'r:1:7': JSON.stringify(entry), boots: '3' });
    expect(await area.get(null)).toEqual({ 'r:1:7': entry, boots: 3 });
    expect(await area.get('boots')).toEqual({ boots: 3 });
    await area.remove('boots');
    expect(Object.keys(await area.get(null))).toEqual(['r:1:7']);
  });

  test('reads values that were stored as objects as they are', () => {
    expect(decodeValues({ a: { kind: 'navigation' }, b: 4, c: '"text"' })).toEqual({ a: { kind: 'navigation' }, b: 4, c: 'text' });
  });
});
