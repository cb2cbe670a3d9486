import type { CapturedCall } from '../call.js';
import { isObject } from '../media-event.js';

/**
 * What a Media Edge response body says. The session id of a sessionStart comes back in the body
 * (`handle[k].payload[0].sessionId` where `handle[k].type` is `media-analytics:new-session`),
 * never in a header; errors come as RFC 7807 problem details, alone (400, 404) or in an
 * `errors` list beside the handles (207 Multi-Status).
 */

export const NEW_SESSION_HANDLE = 'media-analytics:new-session';

/** One error the Edge reported. */
export interface EdgeError {
  /** The problem type URI, e.g. `https://ns.adobe.com/aep/errors/va-edge-0400-400`. */
  type?: string;
  status?: number;
  title?: string;
  detail?: string;
  /** `report.details`: the fields at fault with their reason, or the server's sentence. */
  details: string[];
}

/**
 * The new session's id: a string when the body has the handle, null when the body was read and
 * has none (Media Analytics not enabled on the datastream, or a 207 validation failure), and
 * undefined when there is no body to read (live capture cannot read response bodies).
 */
export function newSessionIdOf(call: CapturedCall): string | null | undefined {
  const body = parsedResponse(call);
  if (body === undefined) return undefined;
  const handles = isObject(body) ? body['handle'] : undefined;
  if (!Array.isArray(handles)) return null;
  for (const h of handles) {
    if (!isObject(h) || h['type'] !== NEW_SESSION_HANDLE || !Array.isArray(h['payload'])) continue;
    for (const p of h['payload']) if (isObject(p) && typeof p['sessionId'] === 'string' && p['sessionId'] !== '') return p['sessionId'];
  }
  return null;
}

/** The errors a response reports: the `errors` of a 207, or the problem a 4xx body is. */
export function edgeErrorsOf(call: CapturedCall): EdgeError[] {
  const body = parsedResponse(call);
  if (!isObject(body)) return [];
  if (Array.isArray(body['errors'])) return body['errors'].filter(isObject).map(toError);
  return typeof body['type'] === 'string' || typeof body['title'] === 'string' ? [toError(body)] : [];
}

function toError(e: Record<string, unknown>): EdgeError {
  const out: EdgeError = { details: [] };
  if (typeof e['type'] === 'string') out.type = e['type'];
  if (typeof e['status'] === 'number') out.status = e['status'];
  if (typeof e['title'] === 'string') out.title = e['title'];
  if (typeof e['detail'] === 'string') out.detail = e['detail'];
  const report = e['report'];
  if (isObject(report)) {
    // The OpenAPI file names the list `report.report` in its 207 schema, the examples and pages
    // `report.details`; a 400's details may also be a plain sentence (docs/contradictions.md#c20).
    const details = report['details'] ?? report['report'];
    if (typeof details === 'string') out.details.push(details);
    else if (Array.isArray(details)) {
      for (const d of details) {
        if (isObject(d)) out.details.push([d['name'], d['reason']].filter((x) => typeof x === 'string').join(': '));
      }
    }
  }
  return out;
}

/** The last segment of a problem type URI: `va-edge-0400-400`, `EXEG-0003-400`. */
export function errorCode(e: EdgeError): string | undefined {
  if (!e.type) return undefined;
  const slash = e.type.lastIndexOf('/');
  return e.type.slice(slash + 1) || undefined;
}

function parsedResponse(call: CapturedCall): unknown {
  const text = call.responseBody;
  if (text === undefined || text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
