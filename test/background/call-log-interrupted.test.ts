import { describe, expect, it, vi } from 'vitest';
import type { CapturedCall } from '../../src/core/call.js';
import type { CallFindings } from '../../src/core/finding.js';
import { TabLog } from '../../src/background/tab-log.js';
import { CallLog, type LogListener, type TabSnapshot } from '../../src/background/call-log.js';
import type { CallEntry } from '../../src/messaging/entry.js';
import type { NetworkOutcome } from '../../src/messaging/protocol.js';
import { ev, sessionStart, SID, toCalls } from '../support/calls.js';
import { FakeSessionArea } from './fake-session-area.js';

/*
 * A worker stopped between a call's request and its answer loses the answer: Chrome does not
 * report it again to the next worker. The next worker marks such calls, and takes their outcome
 * from DevTools' network log when an open panel reads it there.
 */
const TAB = 4;
const [start, play, ping] = toCalls([{ body: sessionStart(0) }, { body: ev('play', 1) }, { body: ev('ping', 2) }]) as [CapturedCall, CapturedCall, CapturedCall];

function requestOf(call: CapturedCall): CallEntry {
  const { status: _s, responseHeaders: _h, ...request } = call;
  return { kind: 'call', resourceType: 'xmlhttprequest', call: request };
}

const listener: LogListener = { entries() {}, findings() {}, dropped() {}, cleared() {}, errorCount() {} };

function snapshot(log: CallLog): Promise<TabSnapshot> {
  return new Promise((resolve) => void log.read(TAB, resolve));
}

function entryOf(s: TabSnapshot, id: string): CallEntry {
  return s.entries.find((e): e is CallEntry => e.kind === 'call' && e.call.id === id)!;
}

function findingsOf(s: TabSnapshot, id: string): string[] {
  return (s.findings.find((f) => f.callId === id)?.findings ?? []).map((f) => f.rule);
}

/** The first worker saw the sessionStart answered, and the play and the ping sent, then was stopped. */
async function stoppedMidway(area: FakeSessionArea): Promise<void> {
  const first = new CallLog(area, listener);
  await first.begin(TAB, requestOf(start));
  await first.settle(TAB, start.id, { status: 201, responseHeaders: start.responseHeaders! }, start.startedAt + 30, requestOf(start));
  await first.begin(TAB, requestOf(play));
  await first.begin(TAB, requestOf(ping));
}

const devtoolsSaw = (status: number, durationMs = 25): NetworkOutcome => ({ status, statusText: status === 400 ? 'Bad Request' : 'No Content', responseHeaders: [{ name: 'X-Seen-By', value: 'devtools' }], durationMs });

describe('calls a stopped worker left without an answer', () => {
  it('are marked by the next worker, and judged on their request alone, not on an answer nobody saw', async () => {
    const area = new FakeSessionArea();
    await stoppedMidway(area);
    const next = new CallLog(area, listener);
    await next.begin(TAB, requestOf(toCalls([{ body: ev('ping', 3) }], { idPrefix: 'live-' })[0]!));
    const s = await snapshot(next);
    expect(entryOf(s, play.id).interrupted).toBe(true);
    expect(entryOf(s, ping.id).interrupted).toBe(true);
    // Answered before the stop, and begun by this worker: neither is marked.
    expect(entryOf(s, start.id).interrupted).toBeUndefined();
    expect(entryOf(s, 'live-0').interrupted).toBeUndefined();
    expect(entryOf(s, play.id).settledAt).toBeUndefined();
    expect(findingsOf(s, play.id)).toEqual(['answer-unseen']);
  });

  it('the mark is not stored: a worker derives it, and an answer still on its way clears it', async () => {
    const area = new FakeSessionArea();
    await stoppedMidway(area);
    const next = new CallLog(area, listener);
    await snapshot(next);
    expect(JSON.parse(area.data.get(`q:${TAB}:${play.id}`)!)).not.toHaveProperty('interrupted');
    await next.settle(TAB, play.id, { status: 204, responseHeaders: [] }, play.startedAt + 40, requestOf(play));
    const settled = entryOf(await snapshot(next), play.id);
    expect(settled.call.status).toBe(204);
    expect(settled.interrupted).toBeUndefined();
    expect(settled.outcomeFrom).toBeUndefined();
  });

  it("take the outcome DevTools' network log recorded, marked as read there, and are judged on it", async () => {
    const area = new FakeSessionArea();
    await stoppedMidway(area);
    const next = new CallLog(area, listener);
    await next.fillOutcome(TAB, play.id, devtoolsSaw(400, 25));
    const s = await snapshot(next);
    const filled = entryOf(s, play.id);
    expect(filled.interrupted).toBeUndefined();
    expect(filled.outcomeFrom).toBe('devtools-network');
    expect(filled.call).toMatchObject({ status: 400, statusText: 'Bad Request', responseHeaders: [{ name: 'X-Seen-By', value: 'devtools' }], durationMs: 25 });
    expect(filled.settledAt).toBe(play.startedAt + 25);
    // Judged like any call answered 400: the verdict follows the real status.
    expect(findingsOf(s, play.id)).toContain('http-400');
    expect(s.callSessions[play.id]).toBe(s.callSessions[start.id]);
    expect(s.sessions.find((x) => x.key === s.callSessions[start.id])?.sid).toBe(SID);

    // A worker started later rebuilds it so, from storage.
    const later = await snapshot(new CallLog(area, listener));
    expect(entryOf(later, play.id)).toEqual(filled);
    expect(findingsOf(later, play.id)).toEqual(findingsOf(s, play.id));
    expect(entryOf(later, ping.id).interrupted).toBe(true);
  });

  it("leave alone what webRequest reported, and calls still in flight in this worker", async () => {
    const area = new FakeSessionArea();
    await stoppedMidway(area);
    const next = new CallLog(area, listener);
    const live = toCalls([{ body: ev('ping', 3) }], { idPrefix: 'live-' })[0]!;
    await next.begin(TAB, requestOf(live));
    await next.settle(TAB, play.id, { status: 204, responseHeaders: [] }, play.startedAt + 40, requestOf(play));
    await next.fillOutcome(TAB, play.id, devtoolsSaw(400));
    await next.fillOutcome(TAB, start.id, devtoolsSaw(400));
    await next.fillOutcome(TAB, live.id, devtoolsSaw(204));
    await next.fillOutcome(TAB, 'no-such-call', devtoolsSaw(204));
    const s = await snapshot(next);
    expect(entryOf(s, play.id).call.status).toBe(204);
    expect(entryOf(s, start.id).call.status).toBe(201);
    expect(entryOf(s, live.id).settledAt).toBeUndefined();
    expect(s.entries.filter((e) => e.kind === 'call' && e.outcomeFrom !== undefined)).toEqual([]);
    expect(s.entries).toHaveLength(4);
  });

  it('answers filled in a run have the tab judged again once, with the same findings as one by one', async () => {
    const area = new FakeSessionArea();
    await stoppedMidway(area);
    const oneByOne = new CallLog(area.copy(), listener);
    await oneByOne.fillOutcome(TAB, play.id, devtoolsSaw(400));
    await oneByOne.fillOutcome(TAB, ping.id, devtoolsSaw(204));
    const expected = await snapshot(oneByOne);

    const told: CallFindings[][] = [];
    const inRun = new CallLog(area, { ...listener, findings: (_tab, changed) => told.push([...changed]) });
    await snapshot(inRun);
    const judged = vi.spyOn(TabLog.prototype, 'rejudge');
    try {
      // As the panel sends them: one message each, without waiting for the one before.
      await Promise.all([inRun.fillOutcome(TAB, play.id, devtoolsSaw(400)), inRun.fillOutcome(TAB, ping.id, devtoolsSaw(204))]);
      expect(judged).toHaveBeenCalledTimes(1);
    } finally {
      judged.mockRestore();
    }
    const s = await snapshot(inRun);
    expect(s.findings).toEqual(expected.findings);
    expect(findingsOf(s, play.id)).toContain('http-400');
    expect(told.flat().find((f) => f.callId === play.id)?.findings.map((f) => f.rule)).toContain('http-400');
  });

  it('a network failure DevTools recorded is taken as one', async () => {
    const area = new FakeSessionArea();
    await stoppedMidway(area);
    const next = new CallLog(area, listener);
    await next.fillOutcome(TAB, ping.id, { networkError: 'net::ERR_CONNECTION_RESET', durationMs: 3 });
    const s = await snapshot(next);
    expect(entryOf(s, ping.id).call).toMatchObject({ networkError: 'net::ERR_CONNECTION_RESET' });
    expect(entryOf(s, ping.id).call.status).toBeUndefined();
    expect(findingsOf(s, ping.id)).toContain('network-failure');
  });
});

describe('a call begun before its worker started, whose answer this worker never gets', () => {
  it('is marked unanswered and judged on its request when markHeldOver runs; calls begun since, and answers that do come, are left as they are', async () => {
    const log = new CallLog(new FakeSessionArea(), listener);
    const boot = Date.now();
    const [heldOver, answeredLater, begunSince] = toCalls([{ body: ev('play', 1) }, { body: ev('ping', 2) }, { body: ev('ping', 3) }]).map((c, i) => ({ ...c, startedAt: boot + [-200, -100, 1000][i]! }));
    for (const call of [heldOver!, answeredLater!, begunSince!]) await log.begin(TAB, requestOf(call));
    await log.markHeldOver();
    let s = await snapshot(log);
    expect(entryOf(s, heldOver!.id).interrupted).toBe(true);
    expect(findingsOf(s, heldOver!.id)).toContain('answer-unseen');
    expect(entryOf(s, begunSince!.id).interrupted).toBeUndefined();
    // An answer that comes after all settles the call as usual.
    await log.settle(TAB, answeredLater!.id, { status: 204, responseHeaders: [] }, boot + 300, requestOf(answeredLater!));
    s = await snapshot(log);
    expect(entryOf(s, answeredLater!.id).interrupted).toBeUndefined();
    expect(entryOf(s, answeredLater!.id).call.status).toBe(204);
    expect(findingsOf(s, answeredLater!.id)).not.toContain('answer-unseen');
  });
});

describe('a request reported after its own answer (the start event held for the next worker, the answer not)', () => {
  it('keeps the answer, takes the request body, and tells the panel the settled call', async () => {
    const area = new FakeSessionArea();
    const told: CallEntry[] = [];
    const log = new CallLog(area, { ...listener, entries: (_tab, entries) => told.push(...(entries as CallEntry[])) });
    const answer = { status: 404, statusText: 'Not Found', responseHeaders: [] };
    const unseen: CallEntry = { ...requestOf(play), call: { ...requestOf(play).call, startedAt: play.startedAt + 40, requestBody: { kind: 'withheld', reason: 'not seen' } } };
    await log.settle(TAB, play.id, answer, play.startedAt + 40, unseen);
    await log.begin(TAB, requestOf(play));
    const entry = entryOf(await snapshot(log), play.id);
    expect(entry.settledAt).toBe(play.startedAt + 40);
    expect(entry.call).toMatchObject({ status: 404, startedAt: play.startedAt, durationMs: 40, requestBody: play.requestBody });
    expect(told.at(-1)).toEqual(entry);
    // Judged with its body, as if the events had come in order.
    const inOrder = new CallLog(new FakeSessionArea(), listener);
    await inOrder.begin(TAB, requestOf(play));
    await inOrder.settle(TAB, play.id, answer, play.startedAt + 40, unseen);
    const expected = await snapshot(inOrder);
    expect(entry).toEqual(entryOf(expected, play.id));
    expect(findingsOf(await snapshot(log), play.id)).toEqual(findingsOf(expected, play.id));
    // A worker started later rebuilds it so, from storage.
    const later = await snapshot(new CallLog(area, listener));
    expect(entryOf(later, play.id)).toEqual(entry);
    expect(findingsOf(later, play.id)).toEqual(findingsOf(expected, play.id));
  });
});
