import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyCall, sidFromLocation } from '../../src/core/classify.js';
import { headerValue } from '../../src/core/call.js';
import type { CallEntry } from '../../src/messaging/entry.js';
import { CHUNK_SIZE } from '../../src/background/call-log.js';
import { droppedKey } from '../../src/background/storage-keys.js';
import { startApiServer, type ApiServer, type ReceivedCall } from './support/api-server.js';
import { eventsPath, playerEvent, sessionStart, sidOf } from './support/bodies.js';
import {
  boots,
  callsOf,
  entriesOfTab,
  isSettled,
  panelRows,
  panelState,
  storedEntries,
  waitForSettledCalls,
  waitUntil,
} from './support/captured.js';
import type { BrowserTab, Harness } from './support/harness.js';
import { median, record } from './support/measure.js';
import { contradictionLinkTests } from './contradictions-suite.js';
import { holdsFor } from '../support/poll.js';
import { panelTests } from './panel-suite.js';

interface PostResult {
  status: number;
  location: string | null;
  doneAt: number;
}

/**
 * The capture scenarios, written once and run in each browser. Every test opens its own tabs
 * on the shared browser and server, and closes them (which also frees their storage).
 */
export function captureSuite(launch: () => Promise<Harness>, options: { scale: boolean } = { scale: false }): void {
  let harness: Harness;
  let server: ApiServer;
  let pages = 0;
  const pageUrl = () => `${server.url}page?n=${++pages}`;

  beforeAll(async () => {
    server = await startApiServer();
    harness = await launch();
  });
  afterAll(async () => {
    await harness?.close();
    await server?.close();
  });

  const post = (tab: BrowserTab, path: string, body: unknown, init: RequestInit = {}) =>
    tab.evaluate<PostResult>(`api.post(${JSON.stringify(path)}, ${JSON.stringify(body)}, ${JSON.stringify(init)})`);
  const beacon = (tab: BrowserTab, path: string, body: unknown) =>
    tab.evaluate<boolean>(`api.beacon(${JSON.stringify(path)}, ${JSON.stringify(body)})`);
  const openSession = async (tab: BrowserTab, name?: string) => sidOf((await post(tab, '/api/v1/sessions', sessionStart(name))).location);
  /** What the server answered since `from` (the tests run one at a time): the ground truth. */
  const receivedSince = (from: number) => server.received.slice(from);

  describe('panel', () => panelTests(() => ({ harness, server, pageUrl }), options));
  describe('contradictions page', () => contradictionLinkTests(() => ({ harness, server, pageUrl })));

  describe('capture', () => {
    it('captures every API call once, with its exact body, status and session link', async () => {
      const from = server.received.length;
      const tab = await harness.openTab(pageUrl());
      const sid = await openSession(tab);
      expect(await post(tab, eventsPath(sid), playerEvent('play', 0))).toMatchObject({ status: 204 });
      expect(await beacon(tab, eventsPath(sid), playerEvent('ping', 10))).toBe(true);
      expect(await post(tab, eventsPath(sid), playerEvent('ping', 20), { keepalive: true })).toMatchObject({ status: 204 });
      expect(await post(tab, eventsPath(sid), '{"eventType": "play", "playerTime": {')).toMatchObject({ status: 400 });
      expect(await post(tab, eventsPath('no-such-session'), playerEvent('play', 1))).toMatchObject({ status: 404 });
      expect(await post(tab, eventsPath(sid), playerEvent('sessionEnd', 21))).toMatchObject({ status: 204 });
      expect(await post(tab, eventsPath(sid), playerEvent('play', 22))).toMatchObject({ status: 410 });
      // A first-party proxy: another path prefix, the same API.
      const proxied = await post(tab, '/media-proxy/api/v1/sessions', sessionStart('proxied'));
      expect(proxied.status).toBe(201);
      await post(tab, eventsPath(sidOf(proxied.location), '/media-proxy'), playerEvent('play', 0));
      // Not API calls: a preflight-free GET on the API path and a POST elsewhere.
      await tab.evaluate(`fetch('/api/v1/sessions').then((r) => r.status)`);
      await post(tab, '/analytics/collect', { hello: 1 });

      const apiCalls = () => receivedSince(from).filter((r) => classifyCall(r.method, server.url + r.path.slice(1)));
      await waitUntil(async () => apiCalls().length === 10, () => `the server to receive 10 API calls (the beacon is sent in the background)`);
      const sent = apiCalls();
      await waitForSettledCalls(harness, tab.tabId, sent.length);
      await noLateDuplicates(harness, tab.tabId, sent.length);
      const calls = callsOf(await storedEntries(harness, tab.tabId));
      record(harness.name, 'every call once', { sent: sent.length, captured: calls.length });

      expect(calls.map(keyOfCall).sort()).toEqual(sent.map(keyOfReceived).sort());
      expect(new Set(calls.map((c) => c.call.id)).size).toBe(calls.length);
      for (const r of sent) {
        const stored = calls.find((c) => keyOfCall(c) === keyOfReceived(r))!;
        expect(stored.call.status, r.path).toBe(r.status);
        if (r.location) expect(headerValue(stored.call.responseHeaders, 'location')).toBe(r.location);
        expect(stored.call.requestBody).toEqual({ kind: 'text', text: r.body });
      }
      // The 201's Location names the sid the events use.
      const opening = calls.find((c) => c.call.url.endsWith('/api/v1/sessions') && !c.call.url.includes('proxy'))!;
      expect(sidFromLocation(opening.call)).toBe(sid);
      const beaconEntry = calls.find((c) => c.call.requestBody.kind === 'text' && c.call.requestBody.text.includes('"playhead":10'))!;
      expect(['ping', 'beacon']).toContain(beaconEntry.resourceType);

      const panel = await harness.openPanel(tab.tabId);
      await waitUntil(async () => (await panelRows(panel)).length === calls.length, () => 'the panel to list every call');
      const rows = await panelRows(panel);
      expect(rows.map((r) => r.status).sort()).toEqual(sent.map((r) => String(r.status)).sort());
      expect(rows.filter((r) => r.sid === sid).map((r) => r.eventType)).toEqual(['sessionStart', 'play', 'ping', 'ping', '(not JSON)', 'sessionEnd', 'play']);
      const errors = rows.reduce((n, r) => n + Number(r.errors), 0);
      const badge = errors > 0 ? String(errors) : '';
      let shown = '';
      await waitUntil(
        async () => (shown = await harness.badgeText(tab.tabId)) === badge,
        () => `the badge to read "${badge}" (the panel's error count), not "${shown}"; rows: ${JSON.stringify(rows)}`,
        5000,
      );
      // The panel's Clear empties the tab's list, in storage too.
      await panel.evaluate(`(document.querySelector('.toolbar button').click(), true)`);
      await waitUntil(async () => (await storedEntries(harness, tab.tabId)).length === 0, () => 'Clear to empty the stored list');
      await waitUntil(async () => (await panelState(panel)).calls === 0, () => 'Clear to empty the panel');
      await panel.close();
      await tab.close();
    });

    it('stores all of 200 calls fired at once from one page, none lost or duplicated', async () => {
      const from = server.received.length;
      const tab = await harness.openTab(pageUrl());
      const panel = await harness.openPanel(tab.tabId);
      const sid = await openSession(tab);
      const results = await tab.evaluate<PostResult[]>(
        `Promise.all(Array.from({ length: 200 }, (_, i) => api.post(${JSON.stringify(eventsPath(sid))}, { eventType: 'ping', playerTime: { playhead: i, ts: Date.now() } })))`,
      );
      expect(results.every((r) => r.status === 204)).toBe(true);
      const sent = receivedSince(from);
      expect(sent).toHaveLength(201);

      await waitForSettledCalls(harness, tab.tabId, 201);
      await noLateDuplicates(harness, tab.tabId, 201);
      const calls = callsOf(await storedEntries(harness, tab.tabId));
      record(harness.name, '200 concurrent', { sent: sent.length, captured: calls.length });
      expect(calls).toHaveLength(201);
      expect(new Set(calls.map((c) => c.call.id)).size).toBe(201);
      expect(pingPlayheads(calls)).toEqual(range(0, 200));
      expect(calls.map(keyOfCall).sort()).toEqual(sent.map(keyOfReceived).sort());
      // Settled calls are moved into chunks of CHUNK_SIZE keys as they come (tab-storage.ts),
      // and a restart rebuilds the same calls from them.
      await waitUntil(
        async () => Object.keys(await harness.readStorage()).filter((k) => k.startsWith(`c:${tab.tabId}:`)).length === Math.floor(201 / CHUNK_SIZE),
        () => 'the settled calls to be moved into chunks',
      );
      await harness.stopBackground();
      expect(callsOf(await storedEntries(harness, tab.tabId)).map(keyOfCall).sort()).toEqual(sent.map(keyOfReceived).sort());
      await waitUntil(async () => (await panelState(panel)).calls === 201, () => 'the panel to list all 201 calls');
      await panel.close();
      await tab.close();
    });

    it('keeps each tab in its own list, and keeps earlier calls across a navigation', async () => {
      const tabA = await harness.openTab(pageUrl());
      const tabB = await harness.openTab(pageUrl());
      const sidA = await openSession(tabA, 'tab A');
      const sidB = await openSession(tabB, 'tab B');
      for (const playhead of [1, 2]) {
        await post(tabA, eventsPath(sidA), playerEvent('ping', playhead));
        await post(tabB, eventsPath(sidB), playerEvent('ping', playhead));
      }
      // An event for a session the server does not know: an error finding, so tab A has a badge.
      expect(await post(tabA, eventsPath('gone-session'), playerEvent('play', 1))).toMatchObject({ status: 404 });
      const a = callsOf(await waitForSettledCalls(harness, tabA.tabId, 4)).filter((c) => !c.call.url.includes('gone-session'));
      const b = callsOf(await waitForSettledCalls(harness, tabB.tabId, 3));
      expect(a).toHaveLength(3);
      expect(a.every((c) => c.call.url.includes(sidA) || headerValue(c.call.responseHeaders, 'location')?.includes(sidA))).toBe(true);
      expect(b.every((c) => c.call.url.includes(sidB) || headerValue(c.call.responseHeaders, 'location')?.includes(sidB))).toBe(true);
      const panelA = await harness.openPanel(tabA.tabId);
      await waitUntil(async () => (await panelRows(panelA)).length === 4, () => 'tab A panel to list 4 calls');
      expect((await panelRows(panelA)).filter((r) => r.sid !== sidA).map((r) => r.sid)).toEqual(['gone-session']);
      const errorsA = (await panelRows(panelA)).reduce((n, r) => n + Number(r.errors), 0);
      expect(errorsA).toBeGreaterThan(0);

      const next = pageUrl();
      await tabA.navigate(next);
      expect(await post(tabA, eventsPath(sidA), playerEvent('ping', 3))).toMatchObject({ status: 204 });
      const entries = await waitForSettledCalls(harness, tabA.tabId, 5);
      record(harness.name, 'two tabs + navigation', { sent: 8, captured: callsOf(entries).length + (await storedEntries(harness, tabB.tabId)).length });
      expect(entries.map((e) => e.kind)).toEqual(['call', 'call', 'call', 'call', 'navigation', 'call']);
      expect(entries[4]).toMatchObject({ kind: 'navigation', url: next });
      await waitUntil(async () => (await panelState(panelA)).calls === 5, () => 'tab A panel to list the call after the navigation');
      expect((await panelState(panelA)).navigations).toEqual([next]);
      // The earlier page's error findings still count on the badge after the navigation.
      let shown = '';
      await waitUntil(async () => (shown = await harness.badgeText(tabA.tabId)) === String(errorsA), () => `tab A's badge to read ${errorsA}, not "${shown}"`, 5000);

      await tabB.close();
      await waitUntil(async () => (await storedEntries(harness, tabB.tabId)).length === 0, () => 'a closed tab to lose its calls');
      expect(callsOf(await storedEntries(harness, tabA.tabId))).toHaveLength(5);
      await panelA.close();
      await tabA.close();
    });

    it('loses nothing when the background stops mid-session; capture goes on and the panel reconnects', async () => {
      const from = server.received.length;
      const tab = await harness.openTab(pageUrl());
      const panel = await harness.openPanel(tab.tabId);
      const sid = await openSession(tab);
      for (let i = 1; i <= 5; i++) await post(tab, eventsPath(sid), playerEvent('ping', i * 10));
      await waitForSettledCalls(harness, tab.tabId, 6);
      await waitUntil(async () => (await panelState(panel)).calls === 6, () => 'the panel to list 6 calls');
      const before = { boots: await boots(harness), panel: await panelState(panel), rows: await panelRows(panel) };

      await harness.stopBackground();
      for (let i = 6; i <= 10; i++) await post(tab, eventsPath(sid), playerEvent('ping', i * 10));
      expect(await beacon(tab, eventsPath(sid), playerEvent('ping', 110))).toBe(true);
      await waitUntil(async () => receivedSince(from).length === 12, () => 'the beacon to reach the server');

      const sent = receivedSince(from);
      expect(sent).toHaveLength(12);
      await waitForSettledCalls(harness, tab.tabId, 12);
      await noLateDuplicates(harness, tab.tabId, 12);
      const calls = callsOf(await storedEntries(harness, tab.tabId));
      record(harness.name, 'background stopped', { sent: sent.length, captured: calls.length });
      expect(calls.map(keyOfCall).sort()).toEqual(sent.map(keyOfReceived).sort());
      expect(await boots(harness)).toBeGreaterThan(before.boots);

      await waitUntil(async () => (await panelState(panel)).calls === 12, () => 'the reconnected panel to list all 12 calls');
      const after = await panelState(panel);
      expect(after.connections).toBeGreaterThan(before.panel.connections);
      // The findings of the first calls were rebuilt from storage after the restart, unchanged.
      const rows = await panelRows(panel);
      for (const row of before.rows) expect(rows.find((r) => r.callId === row.callId)).toEqual(row);
      await panel.close();
      await tab.close();
    });

    it('measures the time from a call completing in the page to its row in an open panel', async () => {
      const tab = await harness.openTab(pageUrl());
      const panel = await harness.openPanel(tab.tabId);
      const sid = await openSession(tab);
      await waitUntil(async () => (await panelState(panel)).calls === 1, () => 'the panel to show the session');
      // Timestamps taken in the panel the moment a row first shows a settled status.
      await panel.evaluate(`(() => {
        window.arrivals = {};
        const note = () => {
          for (const row of document.querySelectorAll('tr.call')) {
            if (row.dataset.status !== 'pending' && !(row.dataset.callId in arrivals)) arrivals[row.dataset.callId] = Date.now();
          }
        };
        new MutationObserver(note).observe(document.body, { subtree: true, childList: true, attributes: true });
        return true;
      })()`);
      const completed = await tab.evaluate<number[]>(`(async () => {
        const done = [];
        for (let i = 0; i < 100; i++) {
          const r = await api.post(${JSON.stringify(eventsPath(sid))}, { eventType: 'ping', playerTime: { playhead: i, ts: Date.now() } });
          done.push(r.doneAt);
          // Part of the scenario: calls spaced as a player sends them, so each row's latency is
          // its own and not that of a burst queued behind it.
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        return done;
      })()`);
      // 101 rows: the sessionStart, which was there before, and the 100 timed calls.
      await waitUntil(async () => (await panel.evaluate<number>('Object.keys(arrivals).length')) === 101, () => 'all 100 calls to arrive in the panel');
      // The list is virtualised: rows scrolled out of view leave the DOM, so take the call ids in
      // list order (request ids increase) from the arrivals, less the sessionStart.
      const arrivals = await panel.evaluate<Record<string, number>>('arrivals');
      const ids = Object.keys(arrivals).sort((a, b) => a.length - b.length || (a < b ? -1 : 1)).slice(1);
      const latencies = ids.map((id, i) => arrivals[id]! - completed[i]!);
      const sorted = [...latencies].sort((x, y) => x - y);
      record(harness.name, 'panel latency', {
        calls: latencies.length,
        medianMs: median(latencies),
        p90Ms: sorted[Math.floor(sorted.length * 0.9)]!,
        minMs: sorted[0]!,
        maxMs: sorted.at(-1)!,
      });
      expect(latencies).toHaveLength(100);
      await panel.close();
      await tab.close();
    });

    it('drops the oldest calls of the largest tab when session storage is full, and says how many', async () => {
      const tab = await harness.openTab(pageUrl());
      const panel = await harness.openPanel(tab.tabId);
      const sid = await openSession(tab);
      // 48 × 256 KiB is above the 10 MiB storage.session quota.
      const sent = 48;
      await tab.evaluate(`(async () => {
        const filler = 'x'.repeat(256 * 1024);
        for (let i = 0; i < ${sent}; i++) {
          await api.post(${JSON.stringify(eventsPath(sid))}, { eventType: 'ping', playerTime: { playhead: i, ts: Date.now() }, qoeData: { filler } });
        }
        return true;
      })()`);
      let stored: CallEntry[] = [];
      let dropped = 0;
      let pending = 0;
      let waitingForRoom = 0;
      await waitUntil(
        async () => {
          // One read, so the stored and the dropped count are of the same moment.
          const all = await harness.readStorage();
          const calls = callsOf(entriesOfTab(all, tab.tabId));
          stored = calls.filter(isSettled);
          pending = calls.length - stored.length;
          dropped = Number(all[droppedKey(tab.tabId)] ?? 0);
          // A request the quota refused is written again after room is made; until then only
          // its (small) outcome is stored, and it reads as a call whose body is missing.
          waitingForRoom = stored.filter((c) => c.call.requestBody.kind !== 'text').length;
          return pending === 0 && waitingForRoom === 0 && stored.length + dropped === sent + 1;
        },
        () => `stored (${stored.length}) + dropped (${dropped}) to account for all ${sent + 1} calls; ${pending} pending, ${waitingForRoom} without a body`,
      );
      record(harness.name, 'storage quota', { sent: sent + 1, stored: stored.length, dropped });
      // The survivors are the newest calls.
      const kept = pingPlayheads(stored);
      expect(kept).toEqual(range(sent - kept.length, sent));
      if (dropped > 0) await waitUntil(async () => (await panelState(panel)).dropped === dropped, () => 'the panel to show the dropped count');
      await panel.close();
      await tab.close();
    });
  });
}

/**
 * A duplicate would come from a late event (a restarted background seeing a request again), so
 * no event marks its absence: the stored count must stay at `sent` for a while.
 */
function noLateDuplicates(harness: Harness, tabId: number, sent: number): Promise<void> {
  let stored = sent;
  return holdsFor(
    async () => (stored = callsOf(await storedEntries(harness, tabId)).length) === sent,
    300,
    () => `the tab to keep exactly the ${sent} calls sent (it has ${stored})`,
  );
}

function keyOfCall(entry: CallEntry): string {
  const text = entry.call.requestBody.kind === 'text' ? entry.call.requestBody.text : `<${entry.call.requestBody.kind}>`;
  return `${new URL(entry.call.url).pathname} ${text}`;
}

function keyOfReceived(r: ReceivedCall): string {
  return `${r.path} ${r.body}`;
}

function pingPlayheads(calls: CallEntry[]): number[] {
  return calls
    .map(playheadOf)
    .filter((p): p is number => p !== undefined)
    .sort((a, b) => a - b);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}

function playheadOf(entry: CallEntry): number | undefined {
  if (entry.call.requestBody.kind !== 'text') return undefined;
  try {
    const body = JSON.parse(entry.call.requestBody.text) as { eventType?: string; playerTime?: { playhead?: number } };
    return body.eventType === 'ping' ? body.playerTime?.playhead : undefined;
  } catch {
    return undefined;
  }
}
