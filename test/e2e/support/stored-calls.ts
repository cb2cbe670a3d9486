import { CHUNK_SIZE } from '../../../src/background/call-log.js';
import { recordKey } from '../../../src/background/storage-keys.js';
import { toStoredCall } from '../../../src/background/stored-entry.js';
import type { CallEntry } from '../../../src/messaging/entry.js';
import { sessionStart } from './bodies.js';

/** The first call id of a stored tab; ids increase by one, as the browsers' request ids do. */
export const FIRST_STORED_ID = 100_000;

/**
 * `count` settled calls of one long session (a sessionStart, then plays and pings a second
 * apart), as storage.session records, the way capture would have stored them: in chunks of
 * CHUNK_SIZE, and the calls since the last chunk in keys of their own. Writing these and
 * restarting the background stands in for a tab that has been capturing for hours: sending them
 * through a page would take minutes, and measure capture instead.
 */
export function storedCalls(tabId: number, count: number, now = Date.now()): Record<string, unknown> {
  const t0 = now - count * 1000;
  const entries: CallEntry[] = [];
  for (let i = 0; i < count; i++) {
    const id = String(FIRST_STORED_ID + i);
    const first = i === 0;
    const body = first
      ? { ...(sessionStart('Long film') as object), playerTime: { playhead: 0, ts: t0 } }
      : { eventType: i % 10 === 1 ? 'play' : 'ping', playerTime: { playhead: i, ts: t0 + i * 1000 } };
    const url = first ? 'https://a.hb-api.omtrdc.net/api/v1/sessions' : 'https://a.hb-api.omtrdc.net/api/v1/sessions/s1/events';
    const responseHeaders = first ? [{ name: 'Location', value: '/api/v1/sessions/s1' }] : [];
    entries.push({
      kind: 'call',
      resourceType: 'xmlhttprequest',
      settledAt: t0 + i * 1000 + 50,
      call: { id, method: 'POST', url, startedAt: t0 + i * 1000, requestBody: { kind: 'text', text: JSON.stringify(body) }, status: first ? 201 : 204, responseHeaders },
    });
  }
  const items: Record<string, unknown> = {};
  const chunked = count - (count % CHUNK_SIZE);
  for (let i = 0; i < chunked; i += CHUNK_SIZE) items[recordKey('chunk', tabId, entries[i]!.call.id)] = entries.slice(i, i + CHUNK_SIZE).map(toStoredCall);
  // A settled call in one record (capture writes the outcome apart; storage reads both alike).
  for (const entry of entries.slice(chunked)) items[recordKey('request', tabId, entry.call.id)] = toStoredCall(entry);
  return items;
}
