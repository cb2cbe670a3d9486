import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { HarEntryScanner } from '../../../src/panel/har-import/entry-scanner.js';

/** `text` cut at `cuts` (any positions, repeats allowed), scanned piece by piece. */
function scan(text: string, cuts: number[] = []) {
  const scanner = new HarEntryScanner();
  const at = [...new Set(cuts.map((c) => Math.min(text.length, c)))].sort((a, b) => a - b);
  const entries: string[] = [];
  let from = 0;
  for (const to of [...at, text.length]) {
    entries.push(...scanner.push(text.slice(from, to)));
    from = to;
  }
  return { entries, outline: scanner.end(), duplicateKeys: scanner.duplicateKeys };
}

/** Strings full of what could fool a scanner: brackets, quotes, backslashes, unicode. */
const tricky = fc.string({ unit: fc.constantFrom('{', '}', '[', ']', '"', '\\', ',', ':', ' ', 'a', 'é', '\n', '\u2028', '😀') });
const value = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, tricky, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }).filter((d) => !Object.is(d, -0)), fc.boolean(), fc.constant(null), tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(tricky, tie('value'), { maxKeys: 4 }),
})).value;
const har = fc.record({
  before: fc.dictionary(tricky.filter((k) => k !== 'log'), value, { maxKeys: 3 }),
  logBefore: fc.dictionary(tricky.filter((k) => k !== 'entries'), value, { maxKeys: 3 }),
  entries: fc.array(value, { maxLength: 8 }),
  logAfter: fc.dictionary(tricky.filter((k) => k !== 'entries'), value, { maxKeys: 3 }),
  indent: fc.constantFrom(0, 1, 2, '\t'),
});

describe('HarEntryScanner', () => {
  test('splits log.entries into each entry\'s text, and leaves an outline that is the file with each entry as null, wherever the pieces are cut', () => {
    fc.assert(
      fc.property(har, fc.array(fc.nat(), { maxLength: 12 }), ({ before, logBefore, entries, logAfter, indent }, cuts) => {
        const log = { ...logBefore, entries, ...logAfter };
        const root = { ...before, log };
        const text = JSON.stringify(root, null, indent);
        const got = scan(text, cuts.map((c) => c % (text.length + 1)));
        expect(got.entries.map((e) => JSON.parse(e))).toEqual(entries);
        expect(JSON.parse(got.outline)).toEqual({ ...before, log: { ...log, entries: entries.map(() => null) } });
        expect(got.duplicateKeys).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  test('strings with brackets and escaped quotes do not end an entry', () => {
    const entries = [{ a: '}]", \\"[{' }, '"]}', { b: ['\\', '\\"', { c: '{{{' }] }];
    const text = JSON.stringify({ log: { entries } });
    for (let cut = 0; cut <= text.length; cut++) expect(scan(text, [cut]).entries.map((e) => JSON.parse(e))).toEqual(entries);
  });

  test('keys written with escapes are the keys they stand for', () => {
    const got = scan('{"\\u006cog": {"entr\\u0069es": [{"x": 1}, 2]}}', [3, 12]);
    expect(got.entries).toEqual(['{"x": 1}', '2']);
  });

  test('only root.log.entries is split: an "entries" elsewhere is left in the outline', () => {
    const text = JSON.stringify({ other: { entries: [1] }, log: { pages: [{ entries: [2] }], entries: [3] } });
    const got = scan(text);
    expect(got.entries).toEqual(['3']);
    expect(JSON.parse(got.outline)).toEqual({ other: { entries: [1] }, log: { pages: [{ entries: [2] }], entries: [null] } });
  });

  test('says so when the root has two "log" keys or the log two "entries" keys (JSON.parse keeps the last)', () => {
    expect(scan('{"log": {"entries": [1]}, "log": {"entries": [2]}}').duplicateKeys).toBe(true);
    expect(scan('{"log": {"entries": [1], "entries": [2]}}').duplicateKeys).toBe(true);
  });

  test('a body nested 100,000 deep is counted, not recursed into', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const text = `{"log": {"entries": [{"request": {"x": ${deep}}}, {"y": 1}]}}`;
    const got = scan(text, [50_000, 150_000]);
    expect(got.entries).toHaveLength(2);
    expect(got.entries[0]!.length).toBe(`{"request": {"x": ${deep}}}`.length);
    expect(got.entries[1]).toBe('{"y": 1}');
    // Unbalanced closers and openers never throw: what is not JSON is left for the outline's parse to refuse.
    expect(() => scan(']'.repeat(100_000) + '{'.repeat(100_000))).not.toThrow();
  });

  test('a file cut off inside an entry leaves an outline that does not parse', () => {
    const got = scan('{"log": {"entries": [{"a": 1}, {"b": ');
    expect(got.entries).toEqual(['{"a": 1}']);
    expect(() => JSON.parse(got.outline)).toThrow();
  });

  test('any text at all, cut anywhere, never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('{', '}', '[', ']', '"', '\\', ',', ':', ' ', 'l', 'o', 'g', 'e', 'n', 't', 'r', 'i', 's', '1') }), fc.array(fc.nat(), { maxLength: 5 }), (text, cuts) => {
        scan(text, cuts);
      }),
    );
  });
});
