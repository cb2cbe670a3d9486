import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { HarError, readHar } from '../../src/core/har/read-har.js';
import { writeHar } from '../../src/core/har/write-har.js';
import { ev, sessionStart, toCalls } from '../support/calls.js';

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
