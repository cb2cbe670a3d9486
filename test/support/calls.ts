import type { CapturedCall } from '../../src/core/call.js';

export const BASE = 'https://example.hb-api.omtrdc.net';
export const SID = 'a'.repeat(64);

export interface EventSpec {
  body: unknown;
  /** Defaults: 201 for a sessions call, 204 for an events call. */
  status?: number;
  /** Send to /api/v1/sessions (defaults to true for sessionStart). */
  viaSessions?: boolean;
  sid?: string;
  networkError?: string;
  responseBody?: string;
  /** Send this text instead of JSON.stringify(body). */
  rawBody?: string;
  /** The browser withheld the body, for this reason. */
  withheld?: string;
  /** The answer was never seen (the background was stopped before it came): no status, marked `unanswered`. */
  unanswered?: boolean;
  /** Media Edge cases: send this body as it is, instead of `body` turned into the Media Edge format. */
  edgeBody?: unknown;
  /** Media Edge cases: post to `/va/v1/{edgeAction}` instead of the body's event type. */
  edgeAction?: string;
}

let counter = 0;

/** Turns event bodies into settled calls as a browser would capture them. */
export function toCalls(events: EventSpec[], opts: { sid?: string; base?: string; idPrefix?: string } = {}): CapturedCall[] {
  const base = opts.base ?? BASE;
  const prefix = opts.idPrefix ?? `c${++counter}-`;
  return events.map((e, i) => {
    const sid = e.sid ?? opts.sid ?? SID;
    const body = e.body as { eventType?: string; playerTime?: { ts?: number } };
    const viaSessions = e.viaSessions ?? body?.eventType === 'sessionStart';
    const status = e.networkError || e.unanswered ? undefined : (e.status ?? (viaSessions ? 201 : 204));
    const call: CapturedCall = {
      id: `${prefix}${i}`,
      method: 'POST',
      url: viaSessions ? `${base}/api/v1/sessions` : `${base}/api/v1/sessions/${sid}/events`,
      startedAt: typeof body?.playerTime?.ts === 'number' ? body.playerTime.ts : 1_700_000_000_000 + i,
      requestBody: e.withheld ? { kind: 'withheld', reason: e.withheld } : { kind: 'text', text: e.rawBody ?? JSON.stringify(e.body) },
    };
    if (status !== undefined) call.status = status;
    if (e.networkError) call.networkError = e.networkError;
    if (e.unanswered) call.unanswered = true;
    if (e.responseBody) call.responseBody = e.responseBody;
    if (viaSessions && status === 201) call.responseHeaders = [{ name: 'Location', value: `/api/v1/sessions/${sid}` }];
    return call;
  });
}

/** A minimal valid body of each kind, at second `t` of the session. */
export function ev(eventType: string, t: number, extra: Record<string, unknown> = {}, playhead = 0): Record<string, unknown> {
  return { playerTime: { playhead, ts: 1_700_000_000_000 + Math.round(t * 1000) }, eventType, ...extra };
}

export const SESSION_START_PARAMS = {
  'analytics.trackingServer': 'example.sc.omtrdc.net',
  'analytics.reportSuite': 'examplersid',
  'visitor.marketingCloudOrgId': 'EXAMPLEORG@AdobeOrg',
  'media.id': 'vid-1',
  'media.name': 'Big Buck Bunny',
  'media.length': 600,
  'media.contentType': 'vod',
  'media.playerName': 'test-player',
  'media.channel': 'test-channel',
  'media.streamType': 'video',
};

export const sessionStart = (t = 0) => ev('sessionStart', t, { params: SESSION_START_PARAMS });
export const adBreakStart = (t: number, podIndex = 0, playhead = 0) =>
  ev('adBreakStart', t, { params: { 'media.ad.podIndex': podIndex, 'media.ad.podSecond': playhead } }, playhead);
export const adStart = (t: number, id = 'ad-1', playhead = 0) =>
  ev('adStart', t, { params: { 'media.ad.id': id, 'media.ad.length': 15, 'media.ad.podPosition': 1, 'media.ad.playerName': 'test-player' } }, playhead);
export const chapterStart = (t: number, index = 1, playhead = 0) =>
  ev('chapterStart', t, { params: { 'media.chapter.index': index, 'media.chapter.offset': playhead, 'media.chapter.length': 60 } }, playhead);
