import { describe, expect, it } from 'vitest';
import type { CallFindings } from '../core/finding.js';
import type { CallEntry, NavigationEntry } from '../messaging/entry.js';
import { CallLog, type LogListener, type TabSnapshot } from './call-log.js';
import { FakeSessionArea } from './fake-session-area.js';
import { droppedKey } from './storage-keys.js';

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
    await captureAll(log, 7, Array.from({ length: 100 }, (_, i) => i));
    const { entries } = await snapshot(log, 7);
    expect(entries).toHaveLength(100);
    expect(entries.every((e) => e.kind === 'call' && e.call.status === 204)).toBe(true);
    expect([...area.data.keys()].filter((k) => k.startsWith('q:7:'))).toHaveLength(100);
    expect([...area.data.keys()].filter((k) => k.startsWith('s:7:'))).toHaveLength(100);
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
    expect(after).toEqual(before);
    expect(before.findings.length).toBeGreaterThan(0);
    // The pending call settles after the restart, from storage rather than from memory.
    await second.settle(1, '3', { status: 204, responseHeaders: [] }, 2002, call(99));
    const settled = (await snapshot(second, 1)).entries.find((e): e is CallEntry => e.kind === 'call' && e.call.id === '3')!;
    expect(settled.call.requestBody).toEqual(call(3).call.requestBody);
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
});
