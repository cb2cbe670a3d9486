import { recordKey } from '../../../src/background/storage-keys.js';
import { sessionStart } from './bodies.js';

/** The first call id of a stored tab; ids increase by one, as the browsers' request ids do. */
export const FIRST_STORED_ID = 100_000;

/**
 * `count` settled calls of one long session (a sessionStart, then plays and pings a second
 * apart), as storage.session records, the way capture would have stored them. Writing these and
 * restarting the background stands in for a tab that has been capturing for hours: sending them
 * through a page would take minutes, and measure capture instead.
 */
export function storedCalls(tabId: number, count: number, now = Date.now()): Record<string, unknown> {
  const t0 = now - count * 1000;
  const items: Record<string, unknown> = {};
  for (let i = 0; i < count; i++) {
    const id = String(FIRST_STORED_ID + i);
    const first = i === 0;
    const body = first
      ? { ...(sessionStart('Long film') as object), playerTime: { playhead: 0, ts: t0 } }
      : { eventType: i % 10 === 1 ? 'play' : 'ping', playerTime: { playhead: i, ts: t0 + i * 1000 } };
    const url = first ? 'https://a.hb-api.omtrdc.net/api/v1/sessions' : 'https://a.hb-api.omtrdc.net/api/v1/sessions/s1/events';
    const responseHeaders = first ? [{ name: 'Location', value: '/api/v1/sessions/s1' }] : [];
    // A settled call in one record (capture writes the outcome apart; storage reads both alike).
    items[recordKey('request', tabId, id)] = {
      kind: 'call',
      resourceType: 'xmlhttprequest',
      settledAt: t0 + i * 1000 + 50,
      call: { id, method: 'POST', url, startedAt: t0 + i * 1000, requestBody: { kind: 'text', text: JSON.stringify(body) }, status: first ? 201 : 204, responseHeaders },
    };
  }
  return items;
}
