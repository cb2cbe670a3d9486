import { describe, expect, it } from 'vitest';
import type { CapturedCall } from '../../src/core/call.js';
import { CallLog, CHUNK_SIZE, type LogListener, type TabSnapshot } from '../../src/background/call-log.js';
import type { CallEntry } from '../../src/messaging/entry.js';
import type { NetworkCall } from '../../src/messaging/protocol.js';
import { adBreakStart, adStart, ev, sessionStart, toCalls } from '../support/calls.js';
import { FakeSessionArea } from './fake-session-area.js';
import { until } from './until.js';

/*
 * Chrome drops the webRequest events of a worker it is stopping: a call can lose its start (the
 * browser then reports only its answer) or reach no worker at all. A panel open in DevTools
 * reads those requests whole in DevTools' network log and gives them to the background.
 */
const TAB = 6;
const [start, breakStart, ad, ping] = toCalls([{ body: sessionStart(0) }, { body: adBreakStart(1) }, { body: adStart(2) }, { body: ev('ping', 3) }]) as [
  CapturedCall,
  CapturedCall,
  CapturedCall,
  CapturedCall,
];

const listener: LogListener = { entries() {}, findings() {}, dropped() {}, cleared() {}, errorCount() {} };

function requestOf(call: CapturedCall): CallEntry {
  const { status: _s, responseHeaders: _h, ...request } = call;
  return { kind: 'call', resourceType: 'xmlhttprequest', call: request };
}

/** What capture.ts makes of an answer whose start it never saw. */
function answerOnly(call: CapturedCall): CallEntry {
  const { status: _s, responseHeaders: _h, requestBody: _b, ...rest } = call;
  return { kind: 'call', resourceType: 'xmlhttprequest', startUnseen: true, call: { ...rest, requestBody: { kind: 'withheld', reason: 'not seen' } } };
}

async function captured(log: CallLog, call: CapturedCall): Promise<void> {
  await log.begin(TAB, requestOf(call));
  await answered(log, call);
}

function answered(log: CallLog, call: CapturedCall, unseen = requestOf(call)): Promise<void> {
  return log.settle(TAB, call.id, { status: call.status!, responseHeaders: call.responseHeaders ?? [] }, call.startedAt + 20, unseen);
}

/** The call as DevTools' log shows it, whole. */
function inDevtools(call: CapturedCall): NetworkCall {
  return { method: call.method, url: call.url, startedAt: call.startedAt - 3, body: textOf(call), resourceType: 'xmlhttprequest', outcome: { status: call.status!, responseHeaders: [], durationMs: 20 } };
}

function textOf(call: CapturedCall): string {
  return (call.requestBody as { text: string }).text;
}

function snapshot(log: CallLog): Promise<TabSnapshot> {
  return new Promise((resolve) => void log.read(TAB, resolve));
}

function calls(s: TabSnapshot): CallEntry[] {
  return s.entries.filter((e): e is CallEntry => e.kind === 'call');
}

function rulesOf(s: TabSnapshot, id: string): string[] {
  return (s.findings.find((f) => f.callId === id)?.findings ?? []).map((f) => f.rule);
}

describe("a call's request read from DevTools' network log", () => {
  it('fills a call the browser reported only the answer of: its body, marked as read there, judged with it, and kept by the next worker', async () => {
    const area = new FakeSessionArea();
    const log = new CallLog(area, listener);
    await captured(log, start);
    await captured(log, breakStart);
    await answered(log, ad, answerOnly(ad));
    await log.fillRequest(TAB, ad.id, { body: textOf(ad) });
    const s = await snapshot(log);
    const filled = calls(s).find((e) => e.call.id === ad.id)!;
    expect(filled.call.requestBody).toEqual({ kind: 'text', text: textOf(ad) });
    expect(filled.requestFrom).toBe('devtools-network');
    expect(filled.startUnseen).toBeUndefined();
    expect(filled.call.status).toBe(204);
    // Judged as an adStart now: in its break, so no ad-outside-break, and of its session.
    expect(s.callSessions[ad.id]).toBe(s.callSessions[start.id]);
    expect(rulesOf(s, ad.id)).not.toContain('ad-outside-break');

    const later = await snapshot(new CallLog(area, listener));
    expect(calls(later).find((e) => e.call.id === ad.id)).toEqual(filled);
    expect(later.callSessions[ad.id]).toBe(later.callSessions[start.id]);
  });

  it('fills a call that hundreds of later calls followed: it waits in its own keys, out of the chunks, and the next worker reads it filled', async () => {
    // A chunk is never rewritten: a call moved into one with its body withheld would keep it
    // withheld in storage, whatever DevTools' log gives it afterwards (seen in the burst test).
    const area = new FakeSessionArea();
    const log = new CallLog(area, listener);
    await captured(log, start);
    await answered(log, ad, answerOnly(ad));
    const later = toCalls(Array.from({ length: 2 * CHUNK_SIZE }, (_, i) => ({ body: ev('ping', 10 + i) })), { idPrefix: 'later-' });
    for (const call of later) await captured(log, call);
    await until(() => [...area.data.keys()].some((k) => k.startsWith(`c:${TAB}:`)));
    await log.fillRequest(TAB, ad.id, { body: textOf(ad) });
    const next = await snapshot(new CallLog(area, listener));
    const filled = calls(next).find((e) => e.call.id === ad.id)!;
    expect(filled.call.requestBody).toEqual({ kind: 'text', text: textOf(ad) });
    expect(filled.requestFrom).toBe('devtools-network');
    expect(calls(next)).toHaveLength(2 * CHUNK_SIZE + 2);
  });

  it('leaves alone a call whose start was seen, and a body another call of the tab carries', async () => {
    const log = new CallLog(new FakeSessionArea(), listener);
    await captured(log, start);
    await captured(log, breakStart);
    await answered(log, ad, answerOnly(ad));
    await log.fillRequest(TAB, start.id, { body: textOf(ad) });
    await log.fillRequest(TAB, ad.id, { body: textOf(breakStart) });
    const s = await snapshot(log);
    expect(calls(s).find((e) => e.call.id === start.id)!.call.requestBody).toEqual(start.requestBody);
    expect(calls(s).find((e) => e.call.id === ad.id)!.call.requestBody.kind).toBe('withheld');
    expect(calls(s).filter((e) => e.requestFrom !== undefined)).toEqual([]);
  });
});

describe("a whole call read from DevTools' network log", () => {
  it('is added where no worker heard of it, marked as read there, and the tab is judged in the order the calls were sent', async () => {
    const area = new FakeSessionArea();
    const log = new CallLog(area, listener);
    await captured(log, start);
    await captured(log, ad);
    await captured(log, ping);
    const before = await snapshot(log);
    expect(rulesOf(before, ad.id)).toContain('ad-outside-break');
    // The adBreakStart went to no worker: DevTools' log has it, sent before the adStart.
    await log.addFromNetwork(TAB, inDevtools(breakStart));
    const s = await snapshot(log);
    expect(calls(s).map((e) => e.call.requestBody)).toEqual([start, breakStart, ad, ping].map((c) => c.requestBody));
    const added = calls(s)[1]!;
    expect(added).toMatchObject({ requestFrom: 'devtools-network', outcomeFrom: 'devtools-network', resourceType: 'xmlhttprequest' });
    expect(added.call).toMatchObject({ method: 'POST', url: breakStart.url, status: 204, durationMs: 20 });
    expect(added.call.id).not.toBe(breakStart.id);
    expect(s.callSessions[added.call.id]).toBe(s.callSessions[start.id]);
    expect(rulesOf(s, ad.id)).not.toContain('ad-outside-break');

    const later = await snapshot(new CallLog(area, listener));
    expect(calls(later)).toEqual(calls(s));
    expect(rulesOf(later, ad.id)).toEqual(rulesOf(s, ad.id));
  });

  it('is not added for a request the tab holds, whole or answered only, nor twice when given twice', async () => {
    const log = new CallLog(new FakeSessionArea(), listener);
    await captured(log, start);
    await answered(log, ad, answerOnly(ad));
    await log.addFromNetwork(TAB, inDevtools(start));
    // Any request to the ad's URL answered alike could be the answered-only call: none is added
    // while it waits for its request (the panel fills it first, then sends what is left).
    await log.addFromNetwork(TAB, inDevtools(ad));
    await log.addFromNetwork(TAB, inDevtools(ping));
    expect(calls(await snapshot(log)).map((e) => e.call.id)).toEqual([start.id, ad.id]);
    await log.fillRequest(TAB, ad.id, { body: textOf(ad) });
    await log.addFromNetwork(TAB, inDevtools(ad));
    await log.addFromNetwork(TAB, inDevtools(ping));
    await log.addFromNetwork(TAB, inDevtools(ping));
    const s = await snapshot(log);
    expect(calls(s).map((e) => e.call.id)).toEqual([start.id, ad.id, expect.stringMatching(/^devtools-/)]);
    expect(calls(s)[2]!.call.requestBody).toEqual(ping.requestBody);
  });

  it('keeps one call when the start of the same request comes after all: its start and answer are dropped, in memory and in storage', async () => {
    const area = new FakeSessionArea();
    const log = new CallLog(area, listener);
    await captured(log, start);
    await log.addFromNetwork(TAB, inDevtools(ping));
    await captured(log, ping);
    const s = await snapshot(log);
    expect(calls(s).map((e) => [e.call.requestBody, e.requestFrom])).toEqual([
      [start.requestBody, undefined],
      [ping.requestBody, 'devtools-network'],
    ]);
    expect([...area.data.keys()].filter((k) => k.includes(ping.id))).toEqual([]);
    expect(calls(await snapshot(new CallLog(area, listener)))).toEqual(calls(s));
  });

  it('keeps one call when that start comes to the next worker: what DevTools gave whole is known from storage', async () => {
    const area = new FakeSessionArea();
    const first = new CallLog(area, listener);
    await captured(first, start);
    await first.addFromNetwork(TAB, inDevtools(ping));
    await snapshot(first);
    // The worker is stopped; the browser hands the held start, then the answer, to the next one.
    const next = new CallLog(area, listener);
    await captured(next, ping);
    const s = await snapshot(next);
    expect(calls(s).map((e) => [e.call.requestBody, e.requestFrom])).toEqual([
      [start.requestBody, undefined],
      [ping.requestBody, 'devtools-network'],
    ]);
    expect([...area.data.keys()].filter((k) => k.includes(ping.id))).toEqual([]);
  });
});
