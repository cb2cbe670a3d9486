import { describe, expect, it } from 'vitest';
import { emptyObjectArray } from '../../src/core/object-array.js';

describe('emptyObjectArray', () => {
  it('is empty and takes objects and strings', () => {
    const a = emptyObjectArray<{ n: number }>();
    expect(a).toEqual([]);
    a.push({ n: 1 }, { n: 2 });
    expect(a.map((x) => x.n)).toEqual([1, 2]);
    const ids = emptyObjectArray<string>();
    ids.push('a');
    expect(ids).toEqual(['a']);
  });

  it('is a new array each time: sessions must not share a call list or window', () => {
    const a = emptyObjectArray<string>();
    const b = emptyObjectArray<string>();
    a.push('x');
    expect(b).toEqual([]);
    expect(a).not.toBe(b);
  });
});
