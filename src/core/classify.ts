import { headerValue, type CapturedCall } from './call.js';
import { classifyEdgeUrl, mayBeEdgeUrl, type EdgeCall } from './edge/classify-edge.js';

/**
 * Which API endpoint a call is: the Media Collection API's sessions or events call, or a Media
 * Edge API call (see edge/classify-edge.ts). Hosts vary, and players may go through a
 * first-party proxy with a path prefix, so only the path's tail is matched.
 */
export type ApiCall =
  | { kind: 'sessions'; base: string }
  | { kind: 'events'; base: string; sid: string }
  | EdgeCall;

/** The two APIs, as sessions are marked with theirs. */
export type ApiName = 'media-collection' | 'media-edge';

export function apiNameOf(api: ApiCall): ApiName {
  return api.kind === 'edge' ? 'media-edge' : 'media-collection';
}

const SESSIONS_PATH = '/api/v1/sessions';
const EVENTS_SUFFIX = '/events';
/** The reference player reads the sid out of the 201's Location with this (mc-api-obtain-sid.md). */
const LOCATION = /\/api\/[^/]+\/sessions\/([^/?#]+)/;

/**
 * Recognises a sessions or events POST; anything else (preflights, schema GETs, other traffic)
 * is null. Plain string scanning rather than a regex: it runs on every captured call.
 */
export function classifyCall(method: string, url: string): ApiCall | null {
  if (method !== 'POST' && method.toUpperCase() !== 'POST') return null;
  return classifyMediaCollectionUrl(url) ?? classifyEdgeUrl(url);
}

function classifyMediaCollectionUrl(url: string): ApiCall | null {
  let end = url.length;
  const q = url.indexOf('?');
  if (q >= 0) end = q;
  const h = url.indexOf('#');
  if (h >= 0 && h < end) end = h;
  if (url.charCodeAt(end - 1) === 47 /* / */) end--;
  const at = url.lastIndexOf(SESSIONS_PATH, end - SESSIONS_PATH.length);
  if (at < 0 || !isPathStart(url, at)) return null;
  const afterSessions = at + SESSIONS_PATH.length;
  if (afterSessions === end) return { kind: 'sessions', base: url.slice(0, at) };
  if (url.charCodeAt(afterSessions) !== 47 || !url.endsWith(EVENTS_SUFFIX, end)) return null;
  const sid = url.slice(afterSessions + 1, end - EVENTS_SUFFIX.length);
  if (sid === '' || sid.includes('/')) return null;
  return { kind: 'events', base: url.slice(0, at), sid: decodeSafe(sid) };
}

/** The match must be in the path, not inside the host or the scheme. */
function isPathStart(url: string, at: number): boolean {
  const schemeEnd = url.indexOf('://');
  return at > (schemeEnd >= 0 ? url.indexOf('/', schemeEnd + 3) - 1 : -1);
}

/** The sid a sessions call was given, from the Location header of its 201. */
export function sidFromLocation(call: CapturedCall): string | undefined {
  const location = headerValue(call.responseHeaders, 'location');
  if (!location) return undefined;
  const m = LOCATION.exec(location);
  return m ? decodeSafe(m[1]!) : undefined;
}

/** A cheap pre-filter for capture code that sees every request: true when the URL may be an API call. */
export function mayBeApiUrl(url: string): boolean {
  return url.includes('/api/v1/sessions') || mayBeEdgeUrl(url);
}

function decodeSafe(s: string): string {
  if (!s.includes('%')) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
