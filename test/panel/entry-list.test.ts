import { describe, expect, it } from 'vitest';
import { compareEntries, entryId, type CallEntry, type NavigationEntry, type TabEntry } from '../../src/messaging/entry.js';
import { EntryList } from '../../src/panel/entry-list.js';

function call(id: number, status?: number): CallEntry {
  const entry: CallEntry = {
    kind: 'call',
    resourceType: 'xmlhttprequest',
    call: { id: String(id), method: 'POST', url: 'https://x.hb-api.omtrdc.net/api/v1/sessions/s/events', startedAt: 1000 + id, requestBody: { kind: 'text', text: '{}' } },
  };
  if (status !== undefined) entry.call.status = status;
  return entry;
}
const nav = (at: number): NavigationEntry => ({ kind: 'navigation', id: `nav-${at}`, url: 'https://page/', at });
const ids = (list: EntryList) => list.toArray().map(entryId);
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

describe('EntryList', () => {
  it('keeps list order whether entries come after the rest, before it, or in between', () => {
    const list = new EntryList();
    list.upsert(range(100, 110).map((i) => call(i)));
    list.upsert([call(111), call(110)]);
    list.upsert(range(90, 100).reverse().map((i) => call(i)));
    list.upsert([call(95), nav(1105.5), call(50), call(200)]);
    const expected = [...range(90, 112).map((i) => call(i)), nav(1105.5), call(50), call(200)].sort(compareEntries).map(entryId);
    expect(ids(list)).toEqual(expected);
    expect(list.callCount).toBe(24);
  });

  it('puts a newer version of an entry in its place, and takes the last of a batch', () => {
    const list = new EntryList();
    list.upsert([call(1), call(2), call(3)]);
    const settled = call(2, 204);
    list.upsert([call(2, 400), settled]);
    expect(ids(list)).toEqual(['1', '2', '3']);
    expect(list.get('2')).toBe(settled);
    expect((list.toArray()[1] as CallEntry).call.status).toBe(204);
    expect(list.callCount).toBe(3);
  });

  it('hands out a copy: what it gave before does not change under the holder', () => {
    const list = new EntryList();
    list.upsert([call(1)]);
    const before = list.toArray();
    list.upsert([call(2)]);
    expect(before.map(entryId)).toEqual(['1']);
  });

  it('removes entries and clears, keeping the call count', () => {
    const list = new EntryList();
    list.upsert([call(1), nav(1001.5), call(2), call(3)]);
    list.remove(['2', 'nav-1001.5', 'unknown']);
    expect(ids(list)).toEqual(['1', '3']);
    expect(list.callCount).toBe(2);
    expect(list.has('2')).toBe(false);
    list.clear();
    expect(list.toArray()).toEqual([]);
    expect(list.callCount).toBe(0);
  });

  it('gives the same order as sorting everything, for a shuffled stream of batches', () => {
    const all: TabEntry[] = range(0, 500).map((i) => (i % 50 === 0 ? nav(1000 + i + 0.5) : call(i)));
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const shuffled = [...all].sort(() => random() - 0.5);
    const list = new EntryList();
    for (let i = 0; i < shuffled.length; i += 37) list.upsert(shuffled.slice(i, i + 37));
    expect(ids(list)).toEqual([...all].sort(compareEntries).map(entryId));
  });
});
