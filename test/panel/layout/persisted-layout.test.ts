import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT, LAYOUT_KEY, loadLayout, parseLayout, saveLayout, type LayoutPrefs, type LayoutStorageArea } from '../../../src/panel/layout/persisted-layout.js';

/** storage.local's two methods over a plain object, as the browser keeps it: values copied through JSON. */
function memoryArea(initial: Record<string, unknown> = {}): LayoutStorageArea & { items: Record<string, unknown> } {
  const items: Record<string, unknown> = JSON.parse(JSON.stringify(initial));
  return {
    items,
    get: async (key) => (key in items ? { [key]: JSON.parse(JSON.stringify(items[key])) } : {}),
    set: async (more) => void Object.assign(items, JSON.parse(JSON.stringify(more))),
  };
}

const chosen: LayoutPrefs = { sessionsWidth: 300, detailsWidth: 500, timelineHeight: 120, timelineFolded: { short: false, tall: true } };

describe('layout persistence', () => {
  it('stores the prefs as a versioned record and reads them back', async () => {
    const area = memoryArea();
    await saveLayout(area, chosen);
    expect(area.items[LAYOUT_KEY]).toEqual({ version: 1, value: chosen });
    expect(await loadLayout(area)).toEqual(chosen);
  });

  it('gives the defaults when nothing is stored', async () => {
    expect(await loadLayout(memoryArea())).toEqual(DEFAULT_LAYOUT);
  });

  it('gives the defaults for a record of another version', async () => {
    expect(await loadLayout(memoryArea({ [LAYOUT_KEY]: { version: 2, value: chosen } }))).toEqual(DEFAULT_LAYOUT);
    expect(parseLayout(chosen)).toEqual(DEFAULT_LAYOUT); // an unversioned value
  });

  it('gives the defaults for a corrupt value', () => {
    const corrupt: unknown[] = [
      null,
      'panel',
      { version: 1 },
      { version: 1, value: [] },
      { version: 1, value: { ...chosen, sessionsWidth: 'wide' } },
      { version: 1, value: { ...chosen, detailsWidth: -5 } },
      { version: 1, value: { ...chosen, timelineHeight: Number.NaN } },
      { version: 1, value: { ...chosen, timelineFolded: { short: 'yes', tall: true } } },
      { version: 1, value: { ...chosen, timelineFolded: undefined } },
    ];
    for (const record of corrupt) expect(parseLayout(record)).toEqual(DEFAULT_LAYOUT);
  });

  it('keeps only the fields it knows', () => {
    expect(parseLayout({ version: 1, value: { ...chosen, extra: 1 } })).toEqual(chosen);
  });

  it('gives the defaults when the storage cannot be read', async () => {
    const failing: LayoutStorageArea = { get: () => Promise.reject(new Error('no storage')), set: async () => undefined };
    expect(await loadLayout(failing)).toEqual(DEFAULT_LAYOUT);
  });
});
