import { describe, expect, test } from 'vitest';
import { classifyCall, mayBeApiUrl, sidFromLocation } from '../../src/core/classify.js';
import type { CapturedCall } from '../../src/core/call.js';

describe('classifyCall', () => {
  test.each([
    ['POST', 'https://ns.hb-api.omtrdc.net/api/v1/sessions', { kind: 'sessions', base: 'https://ns.hb-api.omtrdc.net' }],
    ['POST', 'https://ns.hb-api.omtrdc.net/api/v1/sessions/', { kind: 'sessions', base: 'https://ns.hb-api.omtrdc.net' }],
    ['POST', 'https://ns.hb-api.omtrdc.net/api/v1/sessions/abc123/events', { kind: 'events', base: 'https://ns.hb-api.omtrdc.net', sid: 'abc123' }],
    ['POST', 'https://www.example.com/metrics/mc/api/v1/sessions/abc/events', { kind: 'events', base: 'https://www.example.com/metrics/mc', sid: 'abc' }],
    ['POST', 'http://127.0.0.1:8790/api/v1/sessions/abc/events/?cb=1#x', { kind: 'events', base: 'http://127.0.0.1:8790', sid: 'abc' }],
    ['post', 'https://x.net/api/v1/sessions/a%20b/events', { kind: 'events', base: 'https://x.net', sid: 'a b' }],
  ])('%s %s', (method, url, expected) => {
    expect(classifyCall(method, url)).toEqual(expected);
  });

  test.each([
    ['OPTIONS', 'https://x.net/api/v1/sessions', 'a CORS preflight'],
    ['GET', 'https://x.net/api/v1/schemas/sessionEnd', 'a schema fetch'],
    ['POST', 'https://x.net/api/v1/sessions/abc', 'no /events'],
    ['POST', 'https://x.net/api/v1/sessions/a/b/events', 'a sid with a slash'],
    ['POST', 'https://x.net/api/v1/sessionsX', 'a longer path segment'],
    ['POST', 'https://x.net/api/v1/downloaded', 'the downloaded-content batch endpoint'],
    ['POST', 'https://api/v1/sessions.example.com/', 'the pattern inside the host'],
  ])('%s %s is not an API call (%s)', (method, url) => {
    expect(classifyCall(method, url)).toBeNull();
  });

  test('mayBeApiUrl is a superset pre-filter', () => {
    expect(mayBeApiUrl('https://x.net/api/v1/sessions/a/events')).toBe(true);
    expect(mayBeApiUrl('https://x.net/video.mp4')).toBe(false);
  });
});

describe('sidFromLocation', () => {
  const call = (location?: string): CapturedCall => ({
    id: '1', method: 'POST', url: 'https://x.net/api/v1/sessions', startedAt: 0, requestBody: { kind: 'none' }, status: 201,
    ...(location !== undefined && { responseHeaders: [{ name: 'location', value: location }] }),
  });
  test('reads the sid the way the reference player does, whatever the header case', () => {
    expect(sidFromLocation(call('/api/v1/sessions/' + 'f'.repeat(64)))).toBe('f'.repeat(64));
    expect(sidFromLocation(call('https://x.net/proxy/api/v1/sessions/abc'))).toBe('abc');
  });
  test('no Location, or one of another shape, gives no sid', () => {
    expect(sidFromLocation(call())).toBeUndefined();
    expect(sidFromLocation(call('/somewhere/else'))).toBeUndefined();
  });
});
