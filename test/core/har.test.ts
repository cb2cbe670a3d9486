import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { HarError, readHar } from '../../src/core/har/read-har.js';
import { writeHar } from '../../src/core/har/write-har.js';
import { decodeBase64Utf8 } from '../../src/core/har/base64.js';
import { headerValue, type CapturedCall } from '../../src/core/call.js';
import { reportCalls, reportHar } from '../../src/core/report/file-report.js';
import { ev, sessionStart, toCalls } from '../support/calls.js';
import { hostileReport } from '../support/report-cases.js';
import { timelineCalls } from '../support/timelines.js';

const chromeHar = readFileSync(new URL('../fixtures/har/chrome-network-panel.har', import.meta.url), 'utf8');

describe('readHar', () => {
  const { calls, skipped } = readHar(chromeHar);

  test('reads every entry of a Network panel export, ids being entry indices', () => {
    expect(skipped).toEqual([]);
    expect(calls.map((c) => c.id)).toEqual(calls.map((_, i) => String(i)));
  });

  test('keeps body, status, response headers and timing', () => {
    const start = calls[2]!;
    expect(start).toMatchObject({ method: 'POST', status: 201, startedAt: Date.parse('2025-11-23T08:00:00.000Z'), durationMs: 38.2 });
    expect(start.requestBody.kind).toBe('text');
    expect(start.responseHeaders).toContainEqual({ name: 'location', value: expect.stringMatching(/^\/api\/v1\/sessions\//) });
  });

  test('a status 0 entry is a network failure with Chrome\'s reason', () => {
    expect(calls[12]).toMatchObject({ networkError: 'net::ERR_BLOCKED_BY_CLIENT' });
    expect(calls[12]!.status).toBeUndefined();
  });

  test('a POST saved without postData is withheld, not empty', () => {
    expect(calls[13]!.requestBody).toEqual({ kind: 'withheld', reason: 'the HAR has no postData for this request' });
  });

  test('the 400 response body is kept for the message', () => {
    expect(calls[10]!.responseBody).toContain('expected type: Number');
  });

  test.each([
    ['not JSON', 'hello', /not JSON/],
    ['no log', '{"entries": []}', /no "log" object/],
    ['entries not a list', '{"log": {"entries": {}}}', /"log.entries" is missing or not a list/],
  ])('rejects a file that is %s with a clear message', (_what, text, message) => {
    expect(() => readHar(text)).toThrow(HarError);
    expect(() => readHar(text)).toThrow(message);
  });

  test('skips a malformed entry, says why, and keeps the rest', () => {
    const { calls: ok, skipped: bad } = readHar(JSON.stringify({ log: { entries: [{ nope: 1 }, JSON.parse(chromeHar).log.entries[2]] } }));
    expect(bad).toEqual([{ index: 0, reason: 'the entry has no request' }]);
    expect(ok.map((c) => c.id)).toEqual(['1']);
  });
});

describe('writeHar', () => {
  test('round-trips calls through HAR 1.2, withheld bodies and network errors included', () => {
    const calls = toCalls([
      { body: sessionStart(0) },
      { body: ev('play', 1), responseBody: 'nope', status: 400 },
      { body: ev('ping', 2), withheld: 'requestBody.error' },
      { body: ev('ping', 3), networkError: 'net::ERR_FAILED' },
      { body: { text: 'ünïcode ✓' } },
    ]).map((c, i) => ({ ...c, id: String(i) }));
    const har = writeHar(calls, { name: 'test', version: '1' });
    expect(har.log.version).toBe('1.2');
    expect(har.log.entries[4]!.request.bodySize).toBe(new TextEncoder().encode(JSON.stringify({ text: 'ünïcode ✓' })).length);
    const back = readHar(JSON.stringify(har)).calls;
    expect(back).toEqual(calls.map((c) => ({ ...c, requestHeaders: [], responseHeaders: c.responseHeaders ?? [], durationMs: 0 })));
  });
});

describe('readHar on each tool\'s export', () => {
  const read = (name: string) => readHar(readFileSync(new URL(`../fixtures/har/${name}.har`, import.meta.url), 'utf8'));
  const tools = { 'firefox-network-monitor': 'Firefox 128.5.0', 'charles-proxy': 'Charles Proxy 4.6.6', proxyman: 'Proxyman 5.19.0' };
  /** What the calls say, whatever the tool: method, URL, body, status, Location, response body. */
  const essence = (calls: CapturedCall[]) =>
    calls
      .filter((c) => c.url.includes('/api/v1/'))
      .map((c) => [c.method, c.url, c.requestBody, c.status, headerValue(c.responseHeaders, 'location'), c.responseBody || undefined]);

  test.each(Object.entries(tools))('%s: every entry read, its creator named', (name, creator) => {
    const har = read(name);
    expect(har.skipped).toEqual([]);
    expect(har.creator).toBe(creator);
  });

  test('Firefox, Charles and Proxyman files of the same calls read to the same calls and findings', () => {
    const reference = read('firefox-network-monitor');
    expect(reference.calls[1]!.requestBody.kind).toBe('text');
    for (const name of ['charles-proxy', 'proxyman']) expect(essence(read(name).calls)).toEqual(essence(reference.calls));
    const findings = (name: string) =>
      reportHar(name, readFileSync(new URL(`../fixtures/har/${name}.har`, import.meta.url), 'utf8')).sessions.flatMap((s) => s.findings.map((f) => [f.rule, f.severity, f.eventType, f.message]));
    const expected = findings('firefox-network-monitor');
    expect(expected.map((f) => f[0])).toEqual(expect.arrayContaining(['ad-outside-break', 'http-400', 'body-schema']));
    expect(findings('charles-proxy')).toEqual(expected);
    expect(findings('proxyman')).toEqual(expected);
  });

  test('a base64 request body that is not UTF-8 is unreadable, not empty; a form saved as params is rebuilt', () => {
    const entry = (postData: object) => ({ startedDateTime: '2025-01-01T00:00:00Z', request: { method: 'POST', url: 'https://x/api/v1/sessions', postData }, response: { status: 201 } });
    const { calls } = readHar(JSON.stringify({ log: { entries: [entry({ mimeType: 'application/octet-stream', text: '/w==', encoding: 'base64' }), entry({ mimeType: 'application/x-www-form-urlencoded', params: [{ name: 'a b', value: 'c&d' }, { name: 'e', value: 'é' }] })] } }));
    expect(calls[0]!.requestBody).toEqual({ kind: 'withheld', reason: 'the HAR holds this body as base64 bytes that are not UTF-8 text' });
    expect(calls[1]!.requestBody).toEqual({ kind: 'text', text: 'a%20b=c%26d&e=%C3%A9' });
  });

  test.each([
    ['', ''],
    ['eyJhIjoxfQ==', '{"a":1}'],
    ['eyJhIjoxfQ', '{"a":1}'],
    ['4pyTIMO8', '✓ ü'],
    ['8J-YgA', '😀'],
  ])('decodeBase64Utf8(%j) is %j', (input, text) => {
    expect(decodeBase64Utf8(input)).toBe(text);
  });

  test.each(['not base64!', 'abcde', '/w=='])('decodeBase64Utf8(%j) is undefined', (input) => {
    expect(decodeBase64Utf8(input)).toBeUndefined();
  });
});

describe('writeHar for Chrome\'s and Firefox\'s import', () => {
  const calls = [
    ...toCalls([{ body: sessionStart(0) }, { body: ev('play', 1) }, { body: ev('ping', 2), status: 400, responseBody: '{"error":"x"}' }]),
    { id: 'q', method: 'POST', url: 'https://x.example/api/v1/sessions/abc/events?a=1&b=%C3%A9+f#frag', startedAt: 0, requestBody: { kind: 'none' as const }, status: 302, responseHeaders: [{ name: 'Location', value: 'https://y.example/' }] },
  ].map((c, i) => ({ ...c, id: String(i) }));
  const har = writeHar(calls, { name: 'Media Collection Inspector', version: '0.1.0' });

  test('every entry has every field HAR 1.2 requires, with its type', () => {
    expect(har.log).toMatchObject({ version: '1.2', creator: { name: expect.any(String), version: expect.any(String) }, pages: [] });
    const header = { name: expect.any(String), value: expect.any(String) };
    for (const e of har.log.entries) {
      expect(new Date(e.startedDateTime).toISOString()).toBe(e.startedDateTime);
      expect(e).toMatchObject({
        time: expect.any(Number),
        request: { method: expect.any(String), url: expect.any(String), httpVersion: expect.any(String), cookies: [], headersSize: expect.any(Number), bodySize: expect.any(Number) },
        response: {
          status: expect.any(Number),
          statusText: expect.any(String),
          httpVersion: expect.any(String),
          cookies: [],
          content: { size: expect.any(Number), mimeType: expect.any(String) },
          redirectURL: expect.any(String),
          headersSize: expect.any(Number),
          bodySize: expect.any(Number),
        },
        cache: {},
        timings: { send: expect.any(Number), wait: expect.any(Number), receive: expect.any(Number) },
      });
      for (const h of [...e.request.headers, ...e.response.headers, ...e.request.queryString]) expect(h).toEqual(header);
    }
  });

  test('keeps request bodies, status codes and the 201\'s Location; a 3xx Location is the redirectURL; the query is listed', () => {
    const [start, , rejected, redirected] = har.log.entries;
    expect(start!.request.postData).toEqual({ mimeType: 'application/json', text: JSON.stringify(sessionStart(0)) });
    expect(start!.response.status).toBe(201);
    expect(start!.response.headers).toContainEqual({ name: 'Location', value: expect.stringMatching(/^\/api\/v1\/sessions\//) });
    expect(rejected!.response).toMatchObject({ status: 400, content: { text: '{"error":"x"}' } });
    expect(redirected!.response.redirectURL).toBe('https://y.example/');
    expect(redirected!.request.queryString).toEqual([{ name: 'a', value: '1' }, { name: 'b', value: 'é f' }]);
  });
});

describe('round trip: calls → writeHar → readHar → inspect', () => {
  const numbered = (calls: CapturedCall[]) => calls.map((c, i) => ({ ...c, id: String(i) }));
  const cases: [string, CapturedCall[]][] = [
    ['Adobe\'s timeline 1', numbered(timelineCalls('timeline-1'))],
    ['Adobe\'s timeline 3', numbered(timelineCalls('timeline-3'))],
    ['the Network panel fixture', readHar(chromeHar).calls],
    ['hostile bodies', [...hostileReport().calls.values()]],
  ];
  test.each(cases)('%s: the same sessions and findings as the calls inspected directly', (_name, calls) => {
    const direct = reportCalls('x.har', calls);
    const back = readHar(JSON.stringify(writeHar(calls, { name: 'test', version: '1' })));
    const again = reportCalls('x.har', back.calls, back.skipped);
    expect(direct.sessions.length).toBeGreaterThan(0);
    expect(again.sessions).toEqual(direct.sessions);
  });
});
