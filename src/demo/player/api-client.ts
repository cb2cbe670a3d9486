import type { ScenarioCall } from './scenarios/types.js';

/** What the page learns about a call it sent. A beacon's answer cannot be read by any page. */
export interface SendOutcome {
  /** The HTTP status, when a fetch got an answer. */
  status?: number;
  /** The sid from a 201's Location. */
  sid?: string;
  /** The error message of a 4xx (the body), or why nothing was sent. */
  message?: string;
  /** For a beacon: whether the browser queued it (sendBeacon's return value). */
  queued?: boolean;
  /** False when the call could not be sent at all (no sid yet, network error). */
  sent: boolean;
}

/** How the reference player reads the sid from Location (mc-api-obtain-sid.md). */
const SESSION_ID_EXTRACTOR = /^\/api\/(.*)\/sessions\/(.*)/;

export function callUrl(apiBase: string, call: ScenarioCall, sid: string | undefined): string | undefined {
  if (call.target.kind === 'sessions') return `${apiBase}/api/v1/sessions`;
  const target = call.target.sid ?? sid;
  return target === undefined ? undefined : `${apiBase}/api/v1/sessions/${target}/events`;
}

export function bodyText(call: ScenarioCall): string {
  return 'json' in call.payload ? JSON.stringify(call.payload.json) : call.payload.text;
}

/** Sends one call the way players do: a JSON POST with `Content-Type: application/json`. */
export async function sendCall(
  apiBase: string,
  call: ScenarioCall,
  sid: string | undefined,
): Promise<SendOutcome> {
  const url = callUrl(apiBase, call, sid);
  if (url === undefined) return { sent: false, message: 'No session: the sessionStart failed' };
  const body = bodyText(call);
  if (call.transport === 'beacon') return { sent: true, queued: sendBeacon(url, body) };
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
      keepalive: call.transport === 'keepalive',
    });
    const outcome: SendOutcome = { sent: true, status: res.status };
    const location = res.headers.get('Location');
    const m = location ? SESSION_ID_EXTRACTOR.exec(location) : null;
    if (res.status === 201 && m) outcome.sid = m[2];
    if (res.status >= 400) outcome.message = (await res.text()).trim();
    return outcome;
  } catch (e) {
    return { sent: false, message: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * A beacon whose Blob is typed application/json, the Content-Type the API asks for. Same-origin
 * it goes out as is, in Chromium and Firefox alike. Cross-origin (a real player posting to
 * Adobe's host) it needs a preflight, and beacons always send credentials, which
 * `Access-Control-Allow-Origin: *` refuses: sendBeacon still returns true, but only the
 * OPTIONS reaches the server, never the POST (seen in Chromium 156 and Firefox ESR 153; the
 * page's cross-origin mode shows it). A string body (text/plain, no preflight) or a keepalive
 * fetch (no credentials by default) does get through.
 */
export function sendBeacon(url: string, body: string): boolean {
  return navigator.sendBeacon(url, new Blob([body], { type: 'application/json' }));
}
