import { signal } from '@preact/signals';
import { describe, expect, test } from 'vitest';
import type { CallEntry, TabEntry } from '../../src/messaging/entry.js';
import { readServerAnswers, type NetworkRequest, type NetworkSource } from '../../src/panel/server-answers.js';
import { until } from '../background/until.js';
import { ev, sessionStart, toCalls } from '../support/calls.js';

const calls = toCalls([{ body: sessionStart(0) }, { body: ev('play', 1), status: 400 }, { body: ev('ping', 2) }]);
const entriesOf = (n: number): TabEntry[] => calls.slice(0, n).map((call) => ({ kind: 'call', resourceType: 'xmlhttprequest', call }));

/** DevTools' record of a call: same request, its own clock (80 ms behind), the body read by getContent. */
function recorded(i: number, body: string | null, style: 'promise' | 'callback' | 'in-entry' = 'promise'): NetworkRequest {
  const c = calls[i]!;
  const entry: NetworkRequest = {
    startedDateTime: new Date(c.startedAt - 80).toISOString(),
    request: { method: c.method, url: c.url, postData: { text: (c.requestBody as { text: string }).text } },
  };
  if (style === 'promise') entry.getContent = () => Promise.resolve([body, '']);
  if (style === 'callback') entry.getContent = (cb) => void cb!(body);
  if (style === 'in-entry') entry.response = { content: { text: body ?? '' } };
  return entry;
}

function fakeNetwork(har: NetworkRequest[]) {
  let listener: ((r: NetworkRequest) => void) | undefined;
  const source: NetworkSource = { getHAR: async () => ({ entries: har }), onRequestFinished: { addListener: (l) => void (listener = l) } };
  return { source, finish: (r: NetworkRequest) => listener!(r) };
}

describe('reading the server answers in DevTools', () => {
  test('without devtools.network, reads nothing and says so', () => {
    expect(readServerAnswers(signal([]), undefined).reading).toBe(false);
  });

  test('bodies of calls done before the panel opened (HAR) and after (onRequestFinished), each given to its call', async () => {
    const entries = signal(entriesOf(2));
    const network = fakeNetwork([recorded(0, '', 'callback'), recorded(1, '{"message":"bad ts"}', 'in-entry')]);
    const answers = readServerAnswers(entries, network.source);
    expect(answers.reading).toBe(true);
    await until(() => answers.bodies.value.size === 2);
    expect(answers.bodies.value.get(calls[1]!.id)).toBe('{"message":"bad ts"}');
    expect(answers.bodies.value.get(calls[0]!.id)).toBe('');
    // DevTools sees the ping finish before its call reaches the panel: kept until it does.
    network.finish(recorded(2, null));
    await new Promise((r) => setTimeout(r, 0));
    expect(answers.bodies.value.has(calls[2]!.id)).toBe(false);
    entries.value = entriesOf(3);
    await until(() => answers.bodies.value.has(calls[2]!.id));
    expect(answers.bodies.value.get(calls[2]!.id)).toBe('');
  });

  test("each call's outcome as DevTools recorded it, also for a call whose response body cannot be read", async () => {
    const entries = signal(entriesOf(3));
    const failed: NetworkRequest = { ...recorded(2, null), time: 4, response: { status: 0, _error: 'net::ERR_CONNECTION_RESET' } };
    delete failed.getContent;
    const network = fakeNetwork([
      { ...recorded(0, ''), time: 31.6, response: { status: 201, statusText: 'Created', headers: [{ name: 'Location', value: '/api/v1/sessions/x' }] } },
      { ...recorded(1, 'bad'), time: 12, response: { status: 400, statusText: '', headers: [] } },
      failed,
    ]);
    const answers = readServerAnswers(entries, network.source);
    await until(() => answers.outcomes.value.size === 3);
    expect(answers.outcomes.value.get(calls[0]!.id)).toEqual({ status: 201, statusText: 'Created', responseHeaders: [{ name: 'Location', value: '/api/v1/sessions/x' }], durationMs: 32 });
    expect(answers.outcomes.value.get(calls[1]!.id)).toEqual({ status: 400, responseHeaders: [], durationMs: 12 });
    expect(answers.outcomes.value.get(calls[2]!.id)).toEqual({ networkError: 'net::ERR_CONNECTION_RESET', durationMs: 4 });
    expect(answers.bodies.value.has(calls[2]!.id)).toBe(false);
  });

  test('a request given to a call whose body was unknown goes to the call that carries its body when that one arrives', async () => {
    // A worker stopped mid-burst: the first ping's start was lost (its body withheld, known
    // only by its answer); the second ping's answer was lost (it waits for DevTools' outcome).
    const [lost, unanswered] = toCalls([{ body: ev('ping', 10), withheld: 'worker stopped' }, { body: ev('ping', 11) }]);
    const entryOf = (call: typeof lost): CallEntry => ({ kind: 'call', resourceType: 'xmlhttprequest', call: call! });
    const entries = signal<TabEntry[]>([entryOf(lost)]);
    const request = (body: unknown, status: number): NetworkRequest => ({
      startedDateTime: new Date(unanswered!.startedAt).toISOString(),
      request: { method: 'POST', url: unanswered!.url, postData: { text: JSON.stringify(body) } },
      response: { status, statusText: '', headers: [] },
      time: 5,
    });
    const network = fakeNetwork([]);
    const answers = readServerAnswers(entries, network.source);
    // DevTools reports the second ping before its call reaches the panel: the only candidate, the body-less call, takes it for now.
    network.finish(request(ev('ping', 11), 204));
    await until(() => answers.outcomes.value.has(lost!.id));
    entries.value = [entryOf(lost), { ...entryOf(unanswered), interrupted: true }];
    await until(() => answers.outcomes.value.has(unanswered!.id));
    expect(answers.outcomes.value.get(unanswered!.id)?.status).toBe(204);
    // The first ping's own request, reported last, goes back to it.
    network.finish(request(ev('ping', 10), 404));
    await until(() => answers.outcomes.value.get(lost!.id)?.status === 404);
    expect(answers.outcomes.value.size).toBe(2);
  });

  test('requests that are not API calls are not read', async () => {
    let read = 0;
    const other: NetworkRequest = { startedDateTime: new Date().toISOString(), request: { method: 'GET', url: 'https://example.com/player.js' }, getContent: () => (read++, Promise.resolve(['x', ''])) };
    const network = fakeNetwork([other]);
    readServerAnswers(signal(entriesOf(3)), network.source);
    await new Promise((r) => setTimeout(r, 0));
    expect(read).toBe(0);
  });
});
