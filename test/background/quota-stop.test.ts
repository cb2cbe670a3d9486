import { describe, expect, it } from 'vitest';
import { CallLog, type LogListener, type TabSnapshot } from '../../src/background/call-log.js';
import type { CallEntry } from '../../src/messaging/entry.js';
import { FakeSessionArea } from './fake-session-area.js';

const TAB = 4;
const CALLS = 12;
const PAD = 10_000;

/** A sessionStart whose body is about PAD characters: about five of them fill the quota below. */
function bigStart(id: number): CallEntry {
  const body = JSON.stringify({ eventType: 'sessionStart', playerTime: { playhead: 0, ts: id }, params: { 'media.name': 'x'.repeat(PAD) } });
  return {
    kind: 'call',
    resourceType: 'xmlhttprequest',
    call: { id: String(id), method: 'POST', url: 'https://example.hb-api.omtrdc.net/api/v1/sessions', startedAt: 1000 + id, requestBody: { kind: 'text', text: body } },
  };
}

/** The call as its response event shows it: no body (see capture.ts). */
function unseen(id: number): CallEntry {
  const entry = bigStart(id);
  return { ...entry, call: { ...entry.call, requestBody: { kind: 'withheld', reason: 'not seen' } } };
}

/** The browser's events for the calls, in the order a page sending them one after another brings them. */
const EVENTS: Array<(log: CallLog) => Promise<void>> = Array.from({ length: CALLS }, (_, id) => [
  (log: CallLog) => log.begin(TAB, bigStart(id)),
  (log: CallLog) => log.settle(TAB, String(id), { status: 201, responseHeaders: [] }, 2000 + id, unseen(id)),
]).flat();

const quiet: LogListener = { entries() {}, findings() {}, dropped() {}, cleared() {}, errorCount() {} };

function snapshot(log: CallLog): Promise<TabSnapshot> {
  return new Promise((resolve) => void log.read(TAB, resolve));
}

/**
 * A background stopped after `stopAt` storage operations, its later events handled by the next
 * one (as the browser wakes it for them): what that one lists and counts as dropped.
 */
async function stoppedAfter(stopAt: number): Promise<{ listed: number; dropped: number; stopped: boolean }> {
  const area = new FakeSessionArea(5.5 * PAD);
  area.stopAfter(stopAt);
  const first = new CallLog(area, quiet);
  let next = 0;
  let stopped = false;
  for (; next < EVENTS.length; next++) {
    const asked = area.operations;
    const handled = EVENTS[next]!(first);
    // The event's own write came after the stop: the background was gone, the next one gets it.
    if (asked >= stopAt) break;
    stopped = await Promise.race([handled.then(() => false), area.stopped.then(() => true)]);
    if (stopped) {
      next++;
      break;
    }
  }
  stopped ||= next < EVENTS.length;
  const second = new CallLog(area.copy(), quiet);
  for (; next < EVENTS.length; next++) await EVENTS[next]!(second);
  const shown = await snapshot(second);
  return { listed: shown.entries.filter((e) => e.kind === 'call').length, dropped: shown.dropped, stopped };
}

describe('storage.session full, the background stopped at any moment', () => {
  it('lists every call or counts it as dropped, whichever storage operation the background was stopped after', async () => {
    const unstopped = await stoppedAfter(Infinity);
    expect(unstopped.dropped, 'the quota was reached').toBeGreaterThan(0);
    expect(unstopped.listed + unstopped.dropped).toBe(CALLS);
    const lost: string[] = [];
    for (let stopAt = 1; ; stopAt++) {
      const { listed, dropped, stopped } = await stoppedAfter(stopAt);
      if (!stopped) break;
      if (listed + dropped !== CALLS) lost.push(`stopped after ${stopAt} operations: ${listed} listed + ${dropped} dropped`);
    }
    expect(lost).toEqual([]);
  });
});
