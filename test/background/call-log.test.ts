import { describe, expect, it } from 'vitest';
import type { CallFindings } from '../../src/core/finding.js';
import type { CallEntry, NavigationEntry } from '../../src/messaging/entry.js';
import { CallLog, CHUNK_SIZE, type LogListener, type TabSnapshot } from '../../src/background/call-log.js';
import { FakeSessionArea } from './fake-session-area.js';
import { until } from './until.js';
import { droppedKey } from '../../src/background/storage-keys.js';
import { toStoredCall, type StoredCall } from '../../src/background/stored-entry.js';

const API = 'https://example.hb-api.omtrdc.net/api/v1/sessions';

function call(id: number, body: object | string = { eventType: 'ping', playerTime: { playhead: id, ts: 1000 + id } }): CallEntry {
  return {
    kind: 'call',
    resourceType: 'xmlhttprequest',
    call: {
      id: String(id),
      method: 'POST',
      url: `${API}/sid1/events`,
      startedAt: 1000 + id,
      requestBody: { kind: 'text', text: typeof body === 'string' ? body : JSON.stringify(body) },
    },
  };
}

function recorder() {
  const events: Array<[string, number, unknown]> = [];
  const listener: LogListener = {
    entries: (tabId, e) => events.push(['entries', tabId, e]),
    findings: (tabId, f: CallFindings[]) => events.push(['findings', tabId, f]),
    dropped: (tabId, count, ids) => events.push(['dropped', tabId, { count, ids }]),
    cleared: (tabId) => events.push(['cleared', tabId, null]),
    tabClosed: (tabId) => events.push(['tabClosed', tabId, null]),
    errorCount: (tabId, n) => events.push(['errorCount', tabId, n]),
  };
  return { events, listener };
}

function snapshot(log: CallLog, tabId: number): Promise<TabSnapshot> {
  return new Promise((resolve) => void log.read(tabId, resolve));
}

async function captureAll(log: CallLog, tabId: number, ids: number[]): Promise<void> {
  await Promise.all(ids.map((id) => log.begin(tabId, call(id))));
  await Promise.all(ids.map((id) => log.settle(tabId, String(id), { status: 204, responseHeaders: [] }, 5000 + id, call(id))));
}

describe('CallLog', () => {
  it('keeps every one of many concurrent calls, each under its own key', async () => {
    const area = new FakeSessionArea();
    const log = new CallLog(area, recorder().listener);
    const count = CHUNK_SIZE - 1; // one fewer than a chunk: every call stays in its own keys
    await captureAll(log, 7, Array.from({ length: count }, (_, i) => i));
    const { entries } = await snapshot(log, 7);
    expect(entries).toHaveLength(count);
    expect(entries.every((e) => e.kind === 'call' && e.call.status === 204)).toBe(true);
    expect([...area.data.keys()].filter((k) => k.startsWith('q:7:'))).toHaveLength(count);
    expect([...area.data.keys()].filter((k) => k.startsWith('s:7:'))).toHaveLength(count);
  });

  describe('chunks', () => {
    const keys = (area: FakeSessionArea, prefix: string) => [...area.data.keys()].filter((k) => k.startsWith(prefix));
    /** A session with an ad outside a break among its pings, so there are findings to rebuild. */
    const body = (id: number) =>
      id === 0
        ? { eventType: 'sessionStart', playerTime: { playhead: 0, ts: 1000 }, params: { 'media.name': 'x' } }
        : { eventType: id === 5 ? 'adStart' : 'ping', playerTime: { playhead: id, ts: 1000 + id }, params: id === 5 ? { 'media.ad.id': 'a' } : undefined };
    async function capture(log: CallLog, tabId: number, count: number): Promise<void> {
      for (let id = 0; id < count; id++) {
        await log.begin(tabId, call(id, body(id)));
        await log.settle(tabId, String(id), { status: 204, responseHeaders: [] }, 5000 + id, call(id, body(id)));
      }
    }

    it('moves settled calls into chunks, and a restart rebuilds the same entries and findings from them', async () => {
      const area = new FakeSessionArea();
      const first = new CallLog(area, recorder().listener);
      const count = CHUNK_SIZE * 2 + CHUNK_SIZE / 2;
      await capture(first, 3, count);
      await until(() => keys(area, 'c:3:').length === 2);
      expect(keys(area, 'q:3:')).toHaveLength(count - 2 * CHUNK_SIZE);
      expect(keys(area, 's:3:')).toHaveLength(count - 2 * CHUNK_SIZE);
      const before = await snapshot(first, 3);
      expect(before.findings.flatMap((f) => f.findings.map((x) => x.rule))).toContain('ad-outside-break');

      const after = await snapshot(new CallLog(area, recorder().listener), 3);
      expect(after.entries).toEqual(before.entries);
      expect(after.findings).toEqual(before.findings);
      expect(after.sessions).toEqual(before.sessions);
    });

    it('a worker stopped between writing a chunk and removing the keys it replaced loses and repeats nothing', async () => {
      const area = new FakeSessionArea();
      const first = new CallLog(area, recorder().listener);
      await capture(first, 3, CHUNK_SIZE);
      await until(() => keys(area, 'c:3:').length === 1);
      const before = await snapshot(first, 3);
      // Put back what the move removed, as if the worker had stopped before removing it.
      const restarted = new CallLog(new FakeSessionArea(), recorder().listener);
      await capture(restarted, 3, CHUNK_SIZE - 1);
      const fresh = new FakeSessionArea();
      for (const [k, v] of area.data) fresh.data.set(k, v);
      for (const id of Array.from({ length: CHUNK_SIZE - 1 }, (_, i) => i)) {
        fresh.data.set(`q:3:${id}`, JSON.stringify(toStoredCall(call(id, body(id)))));
        fresh.data.set(`s:3:${id}`, JSON.stringify({ outcome: { status: 204, responseHeaders: [] }, settledAt: 5000 + id, unseen: toStoredCall(call(id, body(id))) }));
      }
      const after = await snapshot(new CallLog(fresh, recorder().listener), 3);
      expect(after.entries).toEqual(before.entries);
      expect(after.findings).toEqual(before.findings);
      await until(() => keys(fresh, 'q:3:').length === 0 && keys(fresh, 's:3:').length === 0);
      expect(keys(fresh, 'c:3:')).toHaveLength(1);
    });

    it('a call whose request an earlier worker stored late goes into its chunk with its body', async () => {
      const area = new FakeSessionArea();
      const log = new CallLog(area, recorder().listener);
      await snapshot(log, 3); // loaded, before the request below reached storage
      // The stopped worker's write of call 0's request lands only now: this worker saw only the outcome.
      area.data.set('q:3:0', JSON.stringify(toStoredCall(call(0, body(0)))));
      const unseen: CallEntry = { ...call(0, body(0)), call: { ...call(0, body(0)).call, requestBody: { kind: 'withheld', reason: 'not seen' } } };
      await log.settle(3, '0', { status: 204, responseHeaders: [] }, 5000, unseen);
      for (let id = 1; id < CHUNK_SIZE; id++) {
        await log.begin(3, call(id, body(id)));
        await log.settle(3, String(id), { status: 204, responseHeaders: [] }, 5000 + id, call(id, body(id)));
      }
      await until(() => keys(area, 'c:3:').length === 1 && keys(area, 'q:3:').length === 0);
      const chunk = JSON.parse(area.data.get(keys(area, 'c:3:')[0]!)!) as StoredCall[];
      expect(chunk[0]!.requestBody).toEqual(call(0, body(0)).call.requestBody);
      expect(chunk[0]!.status).toBe(204);
      const after = (await snapshot(new CallLog(area, recorder().listener), 3)).entries as CallEntry[];
      expect(after).toHaveLength(CHUNK_SIZE);
      expect(after[0]!.call.requestBody).toEqual(call(0, body(0)).call.requestBody);
    });

    it('clearing a tab removes its chunks', async () => {
      const area = new FakeSessionArea();
      const log = new CallLog(area, recorder().listener);
      await capture(log, 3, CHUNK_SIZE + 3);
      await until(() => keys(area, 'c:3:').length === 1);
      await log.clear(3);
      expect(keys(area, 'c:3:')).toEqual([]);
      expect(keys(area, 'q:3:')).toEqual([]);
      expect(keys(area, 's:3:')).toEqual([]);
    });

    it('makes room by dropping a whole chunk, and counts every call in it', async () => {
      const area = new FakeSessionArea();
      const log = new CallLog(area, recorder().listener);
      await capture(log, 3, CHUNK_SIZE * 2);
      await until(() => keys(area, 'c:3:').length === 2 && keys(area, 'q:3:').length === 0 && keys(area, 's:3:').length === 0);
      // Now fill the quota: a big call in another tab needs room.
      const used = [...area.data].reduce((n, [k, v]) => n + k.length + v.length, 0);
      const tight = new FakeSessionArea(used + 2_000);
      for (const [k, v] of area.data) tight.data.set(k, v);
      const { events: later, listener: laterListener } = recorder();
      const restarted = new CallLog(tight, laterListener);
      const big = call(9_999, { eventType: 'ping', playerTime: { playhead: 1, ts: 9 }, pad: 'x'.repeat(3_000) });
      await restarted.begin(4, big);
      const dropped = later.filter(([type]) => type === 'dropped');
      expect(dropped).toHaveLength(1);
      expect(dropped[0]![2]).toMatchObject({ count: CHUNK_SIZE });
      expect((dropped[0]![2] as { ids: string[] }).ids).toHaveLength(CHUNK_SIZE);
      expect(keys(tight, 'c:3:')).toHaveLength(1);
      expect(keys(tight, 'q:4:')).toHaveLength(1);
      const { entries } = await snapshot(new CallLog(tight, recorder().listener), 3);
      expect(entries).toHaveLength(CHUNK_SIZE);
    });
  });

  it('rebuilds the same entries and findings from storage after a restart', async () => {
    const area = new FakeSessionArea();
    const first = new CallLog(area, recorder().listener);
    await first.begin(1, call(1, { eventType: 'adStart', playerTime: { playhead: 1, ts: 1001 } }));
    await first.settle(1, '1', { status: 204, responseHeaders: [] }, 2000, call(1));
    await first.begin(1, call(2, 'not json'));
    await first.settle(1, '2', { status: 400, responseHeaders: [] }, 2001, call(2));
    await first.begin(1, call(3));
    const before = await snapshot(first, 1);

    const second = new CallLog(area, recorder().listener);
    const after = await snapshot(second, 1);
    // The same, but that the call left pending by the stopped worker is now marked so, and judged on its request alone.
    const pending = (s: TabSnapshot) => s.entries.find((e): e is CallEntry => e.kind === 'call' && e.call.id === '3')!;
    expect(pending(after).interrupted).toBe(true);
    expect(after.findings.find((f) => f.callId === '3')?.findings.map((f) => f.rule)).toEqual(['answer-unseen']);
    const { ['3']: _judged, ...callSessions } = after.callSessions;
    const sessions = after.sessions.map((x) => ({ ...x, lastStartedAt: before.sessions.find((b) => b.key === x.key)?.lastStartedAt }));
    expect({
      ...after,
      entries: after.entries.map((e) => (e === pending(after) ? { ...e, interrupted: undefined } : e)),
      findings: after.findings.filter((f) => f.callId !== '3'),
      callSessions,
      sessions,
    }).toEqual(before);
    expect(before.findings.length).toBeGreaterThan(0);
    // The pending call settles after the restart, from storage rather than from memory.
    await second.settle(1, '3', { status: 204, responseHeaders: [] }, 2002, call(99));
    const settled = pending(await snapshot(second, 1));
    expect(settled.call.requestBody).toEqual(call(3).call.requestBody);
    expect(settled.interrupted).toBeUndefined();
  });

  it('records a response whose request it never saw, with the body marked withheld', async () => {
    const log = new CallLog(new FakeSessionArea(), recorder().listener);
    const unseen: CallEntry = { ...call(5), call: { ...call(5).call, requestBody: { kind: 'withheld', reason: 'before' } } };
    await log.settle(3, '5', { status: 204, responseHeaders: [] }, 2000, unseen);
    const [entry] = (await snapshot(log, 3)).entries as CallEntry[];
    expect(entry!.call.requestBody.kind).toBe('withheld');
    expect(entry!.call.status).toBe(204);
  });

  it('drops the oldest settled calls of the largest tab when the quota is full, and counts them', async () => {
    const area = new FakeSessionArea(40_000);
    const { events, listener } = recorder();
    const log = new CallLog(area, listener);
    const filler = 'x'.repeat(2000);
    await captureAll(log, 1, [1, 2, 3]);
    await log.begin(1, call(4)); // in flight: never dropped
    for (let id = 10; id < 40; id++) {
      await log.begin(2, call(id, { eventType: 'ping', playerTime: { playhead: id, ts: id }, filler }));
      await log.settle(2, String(id), { status: 204, responseHeaders: [] }, 5000 + id, call(id));
    }
    const big = await snapshot(log, 2);
    const kept = big.entries.map((e) => Number((e as CallEntry).call.id));
    expect(big.dropped).toBeGreaterThan(0);
    expect(kept.length + big.dropped).toBe(30);
    expect(kept).toEqual(Array.from({ length: kept.length }, (_, i) => 40 - kept.length + i));
    expect(area.data.get(droppedKey(2))).toBe(String(big.dropped));
    expect(events.some(([type, tabId]) => type === 'dropped' && tabId === 2)).toBe(true);
    // The small tab is untouched, its call in flight included.
    expect((await snapshot(log, 1)).entries).toHaveLength(4);
  });

  it('marks navigations only in tabs that have calls, and forgets a closed tab', async () => {
    const area = new FakeSessionArea();
    const log = new CallLog(area, recorder().listener);
    const marker = (id: string): NavigationEntry => ({ kind: 'navigation', id, url: 'https://site.example/', at: 5000 });
    await log.navigate(1, marker('nav-1'));
    expect((await snapshot(log, 1)).entries).toHaveLength(0);
    await captureAll(log, 1, [1]);
    await log.navigate(1, marker('nav-2'));
    expect((await snapshot(log, 1)).entries.map((e) => e.kind)).toEqual(['call', 'navigation']);
    await log.clear(1);
    expect(area.data.size).toBe(0);
  });

  it('forgets a closed tab, tells its panels even when it had no call, and stores nothing that comes for it afterwards', async () => {
    const area = new FakeSessionArea();
    const { events, listener } = recorder();
    const log = new CallLog(area, listener);
    await log.begin(1, call(1));
    await log.closeTab(1);
    await log.closeTab(2);
    expect(events.filter(([type]) => type === 'tabClosed' || type === 'cleared')).toEqual([['tabClosed', 1, null], ['tabClosed', 2, null]]);
    // The call the page left in flight fails once the tab is gone.
    await log.settle(1, '1', { networkError: 'net::ERR_ABORTED' }, 6000, call(1));
    await log.begin(1, call(2));
    expect(area.data.size).toBe(0);
    expect((await snapshot(log, 1)).entries).toEqual([]);
  });

  it('notes a reload of the extension in every snapshot, across restarts', async () => {
    const area = new FakeSessionArea();
    const log = new CallLog(area, recorder().listener);
    expect((await snapshot(log, 1)).reloadedAt).toBeUndefined();
    await log.noteReload(1234);
    expect((await snapshot(log, 1)).reloadedAt).toBe(1234);
    expect((await snapshot(new CallLog(area, recorder().listener), 1)).reloadedAt).toBe(1234);
  });
});
