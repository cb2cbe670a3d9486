import { signal } from '@preact/signals';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { CapturedCall } from '../../src/core/call.js';
import type { CallEntry, TabEntry } from '../../src/messaging/entry.js';
import type { PanelToBackground } from '../../src/messaging/protocol.js';
import type { BackgroundLink } from '../../src/panel/connection.js';
import { rebuildFromNetwork, REBUILD_AFTER_MS } from '../../src/panel/network-rebuild.js';
import { readServerAnswers, type NetworkRequest, type NetworkSource } from '../../src/panel/server-answers.js';
import { ev, sessionStart, toCalls } from '../support/calls.js';

/*
 * A panel open in DevTools gives the background, from DevTools' network log, what stopped
 * workers lost: the request of a call known only by its answer, and calls no worker heard of.
 */
const [start, play, ping] = toCalls([{ body: sessionStart(0) }, { body: ev('play', 1) }, { body: ev('ping', 2) }]) as [CapturedCall, CapturedCall, CapturedCall];

const whole = (call: CapturedCall): CallEntry => ({ kind: 'call', resourceType: 'xmlhttprequest', settledAt: call.startedAt + 20, call });
/** What the background holds of a call whose start went to a stopped worker: its answer, at the time it came. */
const answerOnly = (call: CapturedCall): CallEntry => ({
  kind: 'call',
  resourceType: 'xmlhttprequest',
  startUnseen: true,
  settledAt: call.startedAt + 20,
  call: { ...call, startedAt: call.startedAt + 20, requestBody: { kind: 'withheld', reason: 'not seen' } },
});

/** DevTools' record of a call: its own clock (5 ms behind), 20 ms long. */
function recorded(call: CapturedCall): NetworkRequest {
  return {
    startedDateTime: new Date(call.startedAt - 5).toISOString(),
    time: 20,
    _resourceType: 'fetch',
    request: { method: call.method, url: call.url, postData: { text: (call.requestBody as { text: string }).text } },
    response: { status: call.status!, statusText: '', headers: [] },
    getContent: () => Promise.resolve(['', '']),
  };
}

function setUp(entries: TabEntry[], history: CapturedCall[] = []) {
  let finished: ((r: NetworkRequest) => void) | undefined;
  const source: NetworkSource = { getHAR: async () => ({ entries: history.map(recorded) }), onRequestFinished: { addListener: (l) => void (finished = l) } };
  const list = signal(entries);
  const connections = signal(1);
  const clearedAt = signal(0);
  const sent: { type: keyof PanelToBackground; data: unknown }[] = [];
  const background: BackgroundLink = { send: (type, data) => void sent.push({ type, data }) };
  const reads = readServerAnswers(list, source);
  rebuildFromNetwork({ entries: list, reads, connections, clearedAt }, background);
  return { list, connections, clearedAt, sent, finish: (call: CapturedCall) => finished!(recorded(call)), reads };
}

/** Lets the reads' promises run, then moves the clock on. */
async function after(ms: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(start.startedAt + 60_000);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('rebuilding lost calls from DevTools in the panel', () => {
  test('a request no call took is given whole, with its outcome, once it waited REBUILD_AFTER_MS', async () => {
    const ui = setUp([whole(start)]);
    ui.finish(start);
    ui.finish(play);
    await after(REBUILD_AFTER_MS - 1000);
    expect(ui.sent).toEqual([]);
    await after(1000);
    expect(ui.sent).toEqual([
      {
        type: 'networkCall',
        data: { method: 'POST', url: play.url, startedAt: play.startedAt - 5, body: (play.requestBody as { text: string }).text, resourceType: 'xmlhttprequest', outcome: { status: 204, responseHeaders: [], durationMs: 20 } },
      },
    ]);
    // Not again while the connection holds, unless the background left it out a while.
    await after(1000);
    expect(ui.sent).toHaveLength(1);
  });

  test('a request whose call reaches the panel meanwhile is not given', async () => {
    const ui = setUp([whole(start)]);
    ui.finish(play);
    await after(2000);
    ui.list.value = [whole(start), whole(play)];
    await after(REBUILD_AFTER_MS);
    expect(ui.sent).toEqual([]);
  });

  test("the log's history is read too, but nothing sent before the first call the tab holds, or before the last clear", async () => {
    // The tab holds the play: the sessionStart before it was dropped for the quota, or sent before capture began.
    const ui = setUp([whole(play)], [start, ping]);
    await after(REBUILD_AFTER_MS);
    expect(ui.sent.map((m) => (m.data as { body: string }).body)).toEqual([(ping.requestBody as { text: string }).text]);
    const cleared = setUp([whole(start)], [play]);
    cleared.clearedAt.value = play.startedAt + 1;
    await after(REBUILD_AFTER_MS);
    expect(cleared.sent).toEqual([]);
  });

  test('a call known only by its answer is given its request, before any whole call', async () => {
    const ui = setUp([whole(start), answerOnly(play)]);
    ui.finish(ping);
    ui.finish(play);
    await after(REBUILD_AFTER_MS);
    expect(ui.sent.map((m) => m.type)).toEqual(['networkRequest', 'networkCall']);
    expect(ui.sent[0]!.data).toEqual({ callId: play.id, request: { body: (play.requestBody as { text: string }).text } });
    expect((ui.sent[1]!.data as { body: string }).body).toBe((ping.requestBody as { text: string }).text);
  });

  test('what the background left out is given again a few times, and on a new connection', async () => {
    const ui = setUp([whole(start)]);
    ui.finish(play);
    await after(REBUILD_AFTER_MS * 6);
    expect(ui.sent).toHaveLength(3);
    ui.connections.value = 2;
    await after(1000);
    expect(ui.sent).toHaveLength(4);
  });

  test('a request no call takes within a minute is forgotten, and stops costing each change of the list', async () => {
    const ui = setUp([whole(start)]);
    ui.finish(play);
    await after(61_000);
    expect(ui.reads.unmatched()).toHaveLength(1);
    ui.list.value = [whole(start), whole(play)];
    expect(ui.reads.unmatched()).toEqual([]);
    expect(ui.reads.outcomes.value.has(play.id)).toBe(false);
  });
});
