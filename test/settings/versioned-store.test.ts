import { describe, expect, it } from 'vitest';
import { readSetting, writeSetting, type Setting } from '../../src/settings/versioned-store.js';
import { FakeSessionArea } from '../background/fake-session-area.js';

/**
 * A setting in its third shape. Version 1 kept one width for every column, version 2 a width
 * per column, version 3 adds which columns are hidden.
 */
interface Columns {
  widths: Record<string, number>;
  hidden: string[];
}

const columns: Setting<Columns> = {
  key: 'columns',
  label: 'column widths',
  version: 3,
  defaults: { widths: { url: 300, status: 60 }, hidden: [] },
  isValid: (v): v is Columns =>
    typeof v === 'object' && v !== null && 'widths' in v && 'hidden' in v && Array.isArray(v.hidden) && typeof v.widths === 'object' && v.widths !== null,
  migrations: {
    1: (width) => ({ url: width, status: width }),
    2: (widths) => ({ widths, hidden: [] }),
  },
};

/** storage.local as the browser keeps it: values copied through JSON. */
async function areaWith(record: unknown): Promise<FakeSessionArea> {
  const area = new FakeSessionArea();
  if (record !== undefined) await area.set({ columns: record });
  return area;
}

describe('versioned settings', () => {
  it('reads a value of the current version as written', async () => {
    const area = await areaWith(undefined);
    const value = { widths: { url: 420, status: 80 }, hidden: ['status'] };
    await writeSetting(area, columns, value);
    expect(JSON.parse(area.data.get('columns')!)).toEqual({ version: 3, value });
    expect(await readSetting(area, columns)).toStrictEqual({ value });
  });

  it('gives the defaults, with no note, when nothing is stored yet', async () => {
    expect(await readSetting(await areaWith(undefined), columns)).toStrictEqual({ value: columns.defaults });
  });

  it('migrates an older version step by step, and leaves what is stored alone', async () => {
    const area = await areaWith({ version: 1, value: 250 });
    expect(await readSetting(area, columns)).toStrictEqual({ value: { widths: { url: 250, status: 250 }, hidden: [] } });
    expect(JSON.parse(area.data.get('columns')!)).toEqual({ version: 1, value: 250 });
  });

  it('falls back to the defaults, and says so, for a newer version it cannot know', async () => {
    const area = await areaWith({ version: 4, value: { layout: 'grid' } });
    const read = await readSetting(area, columns);
    expect(read.value).toStrictEqual(columns.defaults);
    expect(read.note).toStrictEqual({
      key: 'columns',
      reason: 'newer-version',
      message: 'Your saved column widths were saved by a newer version of the extension (format 4, this one reads up to 3); the defaults are used until you change them.',
    });
    // The newer version's value is still there for it (storage.sync shares it between machines).
    expect(JSON.parse(area.data.get('columns')!)).toEqual({ version: 4, value: { layout: 'grid' } });
  });

  it('falls back, and says so, for an older version with no migration registered', async () => {
    const read = await readSetting(await areaWith({ version: 3, value: {} }), { ...columns, version: 5, migrations: { 4: (v) => v } });
    expect(read.value).toStrictEqual(columns.defaults);
    expect(read.note?.reason).toBe('no-migration');
  });

  it('falls back, and says so, when a migration fails on what it was given', async () => {
    const read = await readSetting(await areaWith({ version: 2, value: null }), {
      ...columns,
      migrations: { 2: (widths) => ({ widths: Object.fromEntries(Object.entries(widths as object)), hidden: [] }) },
    });
    expect(read.value).toStrictEqual(columns.defaults);
    expect(read.note?.reason).toBe('migration-failed');
  });

  it.each([
    ['a bare value', 'wide'],
    ['no version', { value: { widths: {}, hidden: [] } }],
    ['a version that is not a whole number', { version: '3', value: { widths: {}, hidden: [] } }],
    ['a version below 1', { version: 0, value: { widths: {}, hidden: [] } }],
    ['no value', { version: 3 }],
    ['a value of the wrong shape', { version: 3, value: { widths: {}, hidden: 'status' } }],
    ['a migrated value of the wrong shape', { version: 2, value: 'wide' }],
  ])('falls back, and says so, for a corrupt record: %s', async (_, record) => {
    const read = await readSetting(await areaWith(record), columns);
    expect(read.value).toStrictEqual(columns.defaults);
    expect(read.note).toStrictEqual({
      key: 'columns',
      reason: 'corrupt',
      message: 'Your saved column widths could not be read; the defaults are used until you change them.',
    });
  });

  it('hands out a copy of the defaults, so a caller cannot change them', async () => {
    const { value } = await readSetting(await areaWith(undefined), columns);
    value.hidden.push('url');
    expect(columns.defaults.hidden).toEqual([]);
  });
});
