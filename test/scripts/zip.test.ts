import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, test } from 'vitest';
import { zip, zipDirectory } from '../../scripts/zip.js';

const FILES: Record<string, string> = {
  'manifest.json': '{"manifest_version":3,"name":"x"}',
  'panel.html': '<!doctype html><script src="assets/panel.js"></script>',
  'assets/panel.js': 'console.log("panel");'.repeat(50),
  'assets/background.js': 'export {};',
  'icons/icon-16.png': 'not really a PNG: ✓',
};

/** A build directory as the build leaves it: files written in the given order, each with the given date. */
function build(order: string[], date: Date): string {
  const dir = mkdtempSync(join(tmpdir(), 'zip-test-'));
  for (const name of order) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, FILES[name]!);
    utimesSync(path, date, date);
  }
  return dir;
}

/** Each local entry's name, DOS time and DOS date, read from the archive's bytes in order. */
function localEntries(archive: Uint8Array): { name: string; time: number; date: number }[] {
  const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
  const out = [];
  for (let at = 0; view.getUint32(at, true) === 0x04034b50; ) {
    const packed = view.getUint32(at + 18, true);
    const nameLength = view.getUint16(at + 26, true);
    const extraLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(archive.subarray(at + 30, at + 30 + nameLength));
    out.push({ name, time: view.getUint16(at + 10, true), date: view.getUint16(at + 12, true) });
    at += 30 + nameLength + extraLength + packed;
  }
  return out;
}

const savedTz = process.env.TZ;
afterEach(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

describe('extension packages are reproducible', () => {
  test('two builds of the same files, written in another order on another day in another time zone, pack to the same bytes', async () => {
    const names = Object.keys(FILES);
    process.env.TZ = 'UTC';
    const first = await zipDirectory(build(names, new Date('2024-03-01T10:00:00Z')));
    process.env.TZ = 'Pacific/Auckland';
    const second = await zipDirectory(build([...names].reverse(), new Date('2031-11-20T23:59:58Z')));
    expect(first.files).toBe(names.length);
    expect(Buffer.from(second.archive).equals(Buffer.from(first.archive))).toBe(true);
  });

  test('entries are sorted by name and dated 1980-01-01 00:00, and hold the files as written', async () => {
    const { archive } = await zipDirectory(build(Object.keys(FILES), new Date()));
    const entries = localEntries(archive);
    expect(entries.map((e) => e.name)).toEqual(Object.keys(FILES).sort());
    const dosDate1980Jan1 = (0 << 9) | (1 << 5) | 1;
    for (const e of entries) expect(e, e.name).toMatchObject({ time: 0, date: dosDate1980Jan1 });
    const unpacked = unzipSync(archive);
    for (const [name, text] of Object.entries(FILES)) expect(new TextDecoder().decode(unpacked[name]), name).toBe(text);
  });

  test('a name of digits alone is refused rather than silently moved to the front', () => {
    expect(() => zip([{ name: 'b', data: new Uint8Array() }, { name: '12', data: new Uint8Array() }])).toThrow(/digits/);
  });
});
