import { describe, expect, it } from 'vitest';
import { CallLog, CHUNK_SIZE, type LogListener, type TabSnapshot } from '../../src/background/call-log.js';
import { fromStored, toStored } from '../../src/background/stored-entry.js';
import type { CallEntry, NavigationEntry } from '../../src/messaging/entry.js';
import { FakeSessionArea } from './fake-session-area.js';
import { until } from './until.js';

/**
 * The storage.session format, written out. A change that fails here changes what the
 * background stores: make it on purpose, in stored-entry.ts, not as a side effect of a change
 * to the port's messages or the core's call record.
 */
const URL_EVENTS = 'https://a.hb-api.omtrdc.net/api/v1/sessions/sid1/events';

const request: CallEntry = {
  kind: 'call',
  resourceType: 'ping',
  bodyNote: 'Rebuilt from the form fields the browser gave.',
  call: {
    id: '42',
    method: 'POST',
    url: URL_EVENTS,
    startedAt: 1000,
    requestHeaders: [{ name: 'Content-Type', value: 'application/json' }],
    requestBody: { kind: 'text', text: '{"eventType":"ping"}' },
  },
};
const unseen: CallEntry = {
  kind: 'call',
  resourceType: 'ping',
  call: { id: '42', method: 'POST', url: URL_EVENTS, startedAt: 1200, requestBody: { kind: 'withheld', reason: 'not seen' } },
};
const outcome = { status: 204, statusText: 'No Content', responseHeaders: [{ name: 'X-Request-Id', value: 'r1' }] };
const navigation: NavigationEntry = { kind: 'navigation', id: 'nav-1', url: 'https://player.example/', at: 2000 };

const STORED_REQUEST = {
  kind: 'call',
  id: '42',
  method: 'POST',
  url: URL_EVENTS,
  startedAt: 1000,
  resourceType: 'ping',
  requestHeaders: [{ name: 'Content-Type', value: 'application/json' }],
  requestBody: { kind: 'text', text: '{"eventType":"ping"}' },
  bodyNote: 'Rebuilt from the form fields the browser gave.',
};
const STORED_SETTLE = {
  outcome: { status: 204, statusText: 'No Content', responseHeaders: [{ name: 'X-Request-Id', value: 'r1' }] },
  settledAt: 1250,
  unseen: { kind: 'call', id: '42', method: 'POST', url: URL_EVENTS, startedAt: 1200, resourceType: 'ping', requestBody: { kind: 'withheld', reason: 'not seen' } },
};
const STORED_NAVIGATION = { kind: 'navigation', id: 'nav-1', url: 'https://player.example/', at: 2000 };
/** A settled call as a chunk holds it: request and outcome in one flat record. */
const STORED_SETTLED_CALL = { ...STORED_REQUEST, ...STORED_SETTLE.outcome, durationMs: 250, settledAt: 1250 };

const listener: LogListener = { entries() {}, findings() {}, dropped() {}, cleared() {}, errorCount() {} };

function snapshot(log: CallLog, tabId: number): Promise<TabSnapshot> {
  return new Promise((resolve) => void log.read(tabId, resolve));
}

function stored(area: FakeSessionArea, key: string): unknown {
  const text = area.data.get(key);
  return text === undefined ? undefined : JSON.parse(text);
}

describe('the storage.session format', () => {
  it('a request, its outcome and a navigation are written as pinned', async () => {
    const area = new FakeSessionArea();
    const log = new CallLog(area, listener);
    await log.begin(5, request);
    await log.settle(5, '42', outcome, 1250, unseen);
    await log.navigate(5, navigation);
    expect(stored(area, 'q:5:42')).toStrictEqual(STORED_REQUEST);
    expect(stored(area, 's:5:42')).toStrictEqual(STORED_SETTLE);
    expect(stored(area, 'n:5:nav-1')).toStrictEqual(STORED_NAVIGATION);
  });

  it('settled calls are moved into chunks as flat records', async () => {
    const area = new FakeSessionArea();
    const log = new CallLog(area, listener);
    for (let i = 0; i < CHUNK_SIZE; i++) {
      const id = String(42 + i);
      await log.begin(5, { ...request, call: { ...request.call, id, startedAt: 1000 + i } });
      await log.settle(5, id, outcome, 1250 + i, unseen);
    }
    await until(() => area.data.has('c:5:42'));
    const chunk = stored(area, 'c:5:42') as unknown[];
    expect(chunk).toHaveLength(CHUNK_SIZE);
    expect(chunk[0]).toStrictEqual(STORED_SETTLED_CALL);
  });

  it('the pinned records read back as the entries the panel is sent', async () => {
    const area = new FakeSessionArea();
    const settledCall: CallEntry = { ...request, settledAt: 1250, call: { ...request.call, ...outcome, durationMs: 250 } };
    await area.set({ 'q:5:42': STORED_REQUEST, 's:5:42': STORED_SETTLE, 'n:5:nav-1': STORED_NAVIGATION });
    expect((await snapshot(new CallLog(area, listener), 5)).entries).toStrictEqual([settledCall, navigation]);

    const chunked = new FakeSessionArea();
    await chunked.set({ 'c:5:42': [STORED_SETTLED_CALL, STORED_NAVIGATION] });
    expect((await snapshot(new CallLog(chunked, listener), 5)).entries).toStrictEqual([settledCall, navigation]);
  });

  it("an outcome read from DevTools' network log is written with its source, and read back with it; the worker's mark is never written", async () => {
    const area = new FakeSessionArea();
    await area.set({ 'q:5:42': STORED_REQUEST });
    const log = new CallLog(area, listener);
    expect((await snapshot(log, 5)).entries).toStrictEqual([{ ...request, interrupted: true }]);
    await log.fillOutcome(5, '42', { ...outcome, durationMs: 250 });
    expect(stored(area, 's:5:42')).toStrictEqual({
      outcome: { ...STORED_SETTLE.outcome, durationMs: 250 },
      settledAt: 1250,
      unseen: STORED_REQUEST,
      outcomeFrom: 'devtools-network',
    });
    const filled: CallEntry = { ...request, settledAt: 1250, outcomeFrom: 'devtools-network', call: { ...request.call, ...outcome, durationMs: 250 } };
    expect((await snapshot(new CallLog(area, listener), 5)).entries).toStrictEqual([filled]);
    expect(toStored(filled)).toStrictEqual({ ...STORED_SETTLED_CALL, outcomeFrom: 'devtools-network' });
    expect(fromStored(toStored(filled))).toStrictEqual(filled);
    expect(toStored({ ...request, interrupted: true })).toStrictEqual(STORED_REQUEST);
  });

  it('a call that failed on the network, with no optional field set, keeps exactly its fields both ways', () => {
    const failed: CallEntry = {
      kind: 'call',
      resourceType: 'beacon',
      settledAt: 3000,
      call: { id: '7', method: 'POST', url: URL_EVENTS, startedAt: 2990, requestBody: { kind: 'none' }, networkError: 'NS_ERROR_NET_RESET', durationMs: 10 },
    };
    const flat = toStored(failed);
    expect(flat).toStrictEqual({
      kind: 'call',
      id: '7',
      method: 'POST',
      url: URL_EVENTS,
      startedAt: 2990,
      resourceType: 'beacon',
      requestBody: { kind: 'none' },
      settledAt: 3000,
      networkError: 'NS_ERROR_NET_RESET',
      durationMs: 10,
    });
    expect(fromStored(flat)).toStrictEqual(failed);
  });
});
