import { describe, expect, test } from 'vitest';
import { toCalls, ev, sessionStart } from '../support/calls.js';
import { candidateOf, matchRequest, matchRequests, MATCH_WINDOW_MS, requestOfHarEntry, type CallCandidate, type SentRequest } from '../../src/core/network-match.js';

const URL = 'https://example.hb-api.omtrdc.net/api/v1/sessions/abc/events';
const T0 = 1_700_000_000_000;

const call = (id: string, body: string | undefined, at: number, url = URL, method = 'POST'): CallCandidate => ({ id, method, url, body, startedAt: T0 + at });
const sent = (body: string | undefined, at: number, url = URL, method = 'POST'): SentRequest => ({ method, url, body, startedAt: T0 + at });

describe('matchRequest', () => {
  test('finds the call with the same method, URL and body', () => {
    const calls = [call('1', '{"eventType":"play"}', 0), call('2', '{"eventType":"ping"}', 10)];
    expect(matchRequest(sent('{"eventType":"ping"}', 12), calls)).toBe('2');
  });

  test('tolerates the two clocks being apart, within the window', () => {
    const calls = [call('1', 'a', 0)];
    expect(matchRequest(sent('a', 900), calls)).toBe('1');
    expect(matchRequest(sent('a', -MATCH_WINDOW_MS), calls)).toBe('1');
    expect(matchRequest(sent('a', MATCH_WINDOW_MS + 1), calls)).toBeUndefined();
  });

  test('no match for another body, URL or method', () => {
    const calls = [call('1', 'a', 0)];
    expect(matchRequest(sent('b', 0), calls)).toBeUndefined();
    expect(matchRequest(sent('a', 0, URL.replace('abc', 'xyz')), calls)).toBeUndefined();
    expect(matchRequest(sent('a', 0, URL, 'PUT'), calls)).toBeUndefined();
  });

  test('skips calls already taken by another request', () => {
    const calls = [call('1', 'a', 0), call('2', 'a', 5000)];
    expect(matchRequest(sent('a', 0), calls, new Set(['1']))).toBe('2');
    expect(matchRequest(sent('a', 0), calls, new Set(['1', '2']))).toBeUndefined();
  });

  test('a call whose body the browser withheld matches by method, URL and time, after the calls whose body is known', () => {
    const calls = [call('1', undefined, 0), call('2', 'a', 3000)];
    expect(matchRequest(sent('a', 0), calls)).toBe('2');
    expect(matchRequest(sent('b', 0), calls)).toBe('1');
  });

  test('the fragment of a URL is not part of the request', () => {
    expect(matchRequest(sent('a', 0, URL + '#x'), [call('1', 'a', 0)])).toBe('1');
  });
});

describe('matchRequests: several identical bodies', () => {
  test('pairs one to one, by time order, with a constant skew that is larger than their spacing', () => {
    // Three identical beacons 100 ms apart; DevTools' clock is 250 ms behind webRequest's.
    const calls = [call('1', 'same', 0), call('2', 'same', 100), call('3', 'same', 200)];
    const requests = [sent('same', 200 - 250), sent('same', 0 - 250), sent('same', 100 - 250)];
    expect(matchRequests(requests, calls)).toEqual(['3', '1', '2']);
  });

  test('more requests than calls: the nearest get the calls, the others none', () => {
    const calls = [call('1', 'same', 1000)];
    expect(matchRequests([sent('same', 0), sent('same', 990), sent('same', 5000)], calls)).toEqual([undefined, '1', undefined]);
  });

  test('more calls than requests: each request takes its nearest, never the same call twice', () => {
    const calls = [call('1', 'same', 0), call('2', 'same', 4000), call('3', 'same', 8000)];
    expect(matchRequests([sent('same', 4100), sent('same', 7900)], calls)).toEqual(['2', '3']);
  });

  test('distinct bodies are not confused by time', () => {
    const calls = [call('1', 'a', 0), call('2', 'b', 10)];
    expect(matchRequests([sent('b', 0), sent('a', 10)], calls)).toEqual(['2', '1']);
  });
});

describe('adapters', () => {
  test('a HAR entry gives what was sent', () => {
    const request = requestOfHarEntry({ startedDateTime: new Date(T0).toISOString(), request: { method: 'POST', url: URL, postData: { text: 'x' } } });
    expect(request).toEqual({ method: 'POST', url: URL, body: 'x', startedAt: T0 });
    expect(requestOfHarEntry({ startedDateTime: new Date(T0).toISOString(), request: { method: 'POST', url: URL } }).body).toBeUndefined();
  });

  test('a captured call and the HAR entry of the same request match', () => {
    const calls = toCalls([{ body: sessionStart(0) }, { body: ev('play', 1) }, { body: ev('play', 2) }]);
    const entries = calls.map((c) => ({ startedDateTime: new Date(c.startedAt + 30).toISOString(), request: { method: c.method, url: c.url, postData: { text: (c.requestBody as { text: string }).text } } }));
    expect(matchRequests(entries.map(requestOfHarEntry), calls.map((c) => candidateOf(c)))).toEqual(calls.map((c) => c.id));
  });

  test('a withheld body is unknown, not empty', () => {
    const [c] = toCalls([{ body: ev('play', 1), withheld: 'no bytes' }]);
    expect(candidateOf(c!).body).toBeUndefined();
  });
});

describe('a call known only by its answer', () => {
  /** Its only time is when the answer came; DevTools' record says when the request started and how long it took. */
  const answered = (id: string, at: number, status = 204): CallCandidate => ({ ...call(id, undefined, at), startUnseen: true, outcome: String(status) });
  const finished = (body: string, at: number, took: number, status = 204): SentRequest => ({ ...sent(body, at), endedAt: T0 + at + took, outcome: String(status) });

  test('is paired by the end of the request, not its start: a request sent later but answered sooner is not taken for it', () => {
    // The call's request started at 0 and was answered at 300; another, never seen, ran from 250 to 260.
    const requests = [finished('slow', 0, 300), finished('quick', 250, 10)];
    expect(matchRequests(requests, [answered('a', 300)])).toEqual(['a', undefined]);
  });

  test('is paired only with a request answered alike', () => {
    expect(matchRequest(finished('x', 0, 20, 400), [answered('a', 20, 204)])).toBeUndefined();
    expect(matchRequest(finished('x', 0, 20, 204), [answered('a', 20, 204)])).toBe('a');
  });

  test('a request whose body a call carries goes to that call first', () => {
    expect(matchRequests([finished('x', 0, 20)], [answered('a', 20), call('b', 'x', 1)])).toEqual(['b']);
  });

  test('the HAR entry of a request says when it ended and how it was answered', () => {
    const entry = { startedDateTime: new Date(T0).toISOString(), time: 42.5, request: { method: 'POST', url: URL, postData: { text: 'x' } }, response: { status: 404 } };
    expect(requestOfHarEntry(entry)).toMatchObject({ endedAt: T0 + 42.5, outcome: '404' });
    expect(requestOfHarEntry({ ...entry, response: { status: 0, _error: 'net::ERR_FAILED' } }).outcome).toBe('failed');
    expect(requestOfHarEntry({ ...entry, response: { status: 0 } })).not.toHaveProperty('outcome');
  });
});
