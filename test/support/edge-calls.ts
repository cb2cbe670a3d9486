import type { CapturedCall } from '../../src/core/call.js';
import { DETAILS, QOE } from '../../src/core/edge/edge-event.js';
import type { EventSpec } from './calls.js';

export const EDGE_BASE = 'https://edge.adobedc.net/ee';
export const EDGE_SID = 'e'.repeat(64);
export const CONFIG_ID = 'test-datastream';

/** Parameter name → [XDM detail object, field]: the adapter's table read backwards. */
const FIELD_OF = new Map<string, readonly [string, string]>(DETAILS.flatMap(([object, names]) => Object.entries(names).map(([field, param]) => [param, [object, field]] as const)));
const QOE_FIELD = new Map(Object.entries(QOE).map(([field, key]) => [key, field]));

/** An ISO 8601 timestamp with milliseconds, as the Web SDK sends. */
export const iso = (ts: number) => new Date(ts).toISOString();

/**
 * The Media Edge body of a Media Collection API event body: the same event in the other wire
 * format, as a player moving from one API to the other would send it.
 */
export function edgeBodyOf(mc: Record<string, unknown>, sid: string | undefined): unknown {
  if (mc === null || typeof mc !== 'object' || Array.isArray(mc)) return mc;
  const playerTime = (mc['playerTime'] ?? {}) as { playhead?: unknown; ts?: unknown };
  const mediaCollection: Record<string, unknown> = { playhead: playerTime.playhead };
  if (sid !== undefined && mc['eventType'] !== 'sessionStart') mediaCollection['sessionID'] = sid;
  const params = (mc['params'] !== null && typeof mc['params'] === 'object' ? mc['params'] : {}) as Record<string, unknown>;
  for (const [key, value] of Object.entries(params)) {
    if (key === 'statesStart' || key === 'statesEnd') {
      // Broken shapes (the schema cases have some) go across as they are.
      mediaCollection[key] = Array.isArray(value) ? value.map((s) => (s && typeof s === 'object' ? { name: (s as Record<string, unknown>)['media.state.name'] } : s)) : value;
      continue;
    }
    const at = FIELD_OF.get(key);
    if (!at) continue;
    ((mediaCollection[at[0]] ??= {}) as Record<string, unknown>)[at[1]] = value;
  }
  if (mc['eventType'] === 'bitrateChange' || mc['qoeData']) {
    const qoe: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(typeof mc['qoeData'] === 'object' && mc['qoeData'] !== null ? mc['qoeData'] : {})) qoe[QOE_FIELD.get(key) ?? key] = value;
    mediaCollection['qoeDataDetails'] = qoe;
  }
  if (mc['customMetadata'] && typeof mc['customMetadata'] === 'object') mediaCollection['customMetadata'] = Object.entries(mc['customMetadata'] as object).map(([name, value]) => ({ name, value }));
  return {
    events: [{ xdm: { eventType: `media.${String(mc['eventType'])}`, timestamp: typeof playerTime.ts === 'number' ? iso(playerTime.ts) : playerTime.ts, mediaCollection } }],
  };
}

/**
 * A `downloaded` call (an offline session sent in one batch) of these Media Collection API
 * bodies: each becomes an item {mediaEventType, mediaEventTimestamp, mediaCollection} of
 * `xdm.mediaDownloadedEvents`, answered 200.
 */
export function downloadedCall(id: string, bodies: Record<string, unknown>[]): CapturedCall {
  const items = bodies.map((b) => {
    const xdm = (edgeBodyOf(b, undefined) as { events: { xdm: Record<string, unknown> }[] }).events[0]!.xdm;
    return { mediaEventType: xdm['eventType'], mediaEventTimestamp: xdm['timestamp'], mediaCollection: xdm['mediaCollection'] };
  });
  return {
    id,
    method: 'POST',
    url: 'https://edge.adobedc.net/ee/va/v1/downloaded?configId=ds',
    startedAt: 1,
    requestBody: { kind: 'text', text: JSON.stringify({ events: [{ xdm: { eventType: 'media.downloaded', mediaCollection: {}, identityMap: {}, mediaDownloadedEvents: items } }] }) },
    status: 200,
  };
}

/** The 200 body of a sessionStart, with the new session's id in its handle. */
export function sessionStartResponse(sid: string, hint = 'or2'): string {
  return JSON.stringify({
    requestId: 'req-1',
    handle: [
      { payload: [{ sessionId: sid }], type: 'media-analytics:new-session', eventIndex: 0 },
      { payload: [{ scope: 'EdgeNetwork', hint, ttlSeconds: 1800 }], type: 'locationHint:result' },
    ],
  });
}

/**
 * Event specs of the Media Collection API (test/support/calls.ts) as Media Edge calls: the
 * sessionStart to `/ee/va/v1/sessionStart` answered 200 with the id in its body (unless
 * `live`: then no response body, as webRequest sees it), the events to `/ee/or2/va/v1/{type}`
 * answered 204, each carrying the id in mediaCollection.sessionID.
 */
export function toEdgeCalls(events: EventSpec[], opts: { idPrefix?: string; live?: boolean; sid?: string } = {}): CapturedCall[] {
  const prefix = opts.idPrefix ?? 'edge-';
  return events.map((e, i) => {
    const mc = e.body as Record<string, unknown>;
    const sid = e.sid ?? opts.sid ?? EDGE_SID;
    const type = e.edgeAction ?? String(mc?.['eventType']);
    const isStart = type === 'sessionStart';
    const status = e.networkError || e.unanswered ? undefined : e.status === 201 || (e.status === undefined && isStart) ? 200 : (e.status ?? 204);
    const ts = (mc?.['playerTime'] as { ts?: unknown } | undefined)?.ts;
    const call: CapturedCall = {
      id: `${prefix}${i}`,
      method: 'POST',
      url: `${EDGE_BASE}${isStart ? '' : '/or2'}/va/v1/${type}?configId=${CONFIG_ID}`,
      startedAt: typeof ts === 'number' ? ts : 1_700_000_000_000 + i,
      requestBody: e.withheld ? { kind: 'withheld', reason: e.withheld } : { kind: 'text', text: e.rawBody ?? JSON.stringify(e.edgeBody ?? edgeBodyOf(mc, sid)) },
    };
    if (status !== undefined) call.status = status;
    if (e.networkError) call.networkError = e.networkError;
    if (e.unanswered) call.unanswered = true;
    if (e.responseBody !== undefined) call.responseBody = e.responseBody;
    else if (isStart && status === 200 && !opts.live) call.responseBody = sessionStartResponse(sid);
    return call;
  });
}
