/**
 * How the mock Edge answers, as the Media Edge API pages describe: an interact or collect call
 * carrying media.sessionStart (the Web SDK's createMediaSession), or a /va/v1/sessionStart, gets
 * 200 with the new session's id in the `media-analytics:new-session` handle and the location hint
 * in `locationHint:result`; an event of a known session 204; an unknown session 404
 * `va-edge-0404-404`; a body whose eventType differs from the path 400 `va-edge-0400-400`. Other
 * Edge calls (the SDK's own interact calls) get 200 with no media handle. Like the real Edge, it
 * never checks the order of events: that is the extension's job.
 */
import { DEMO_ORG_ID } from '../player/edge-scenarios.js';

export interface EdgeAnswer {
  status: number;
  body?: string;
}

export const LOCATION_HINT = 'or2';

export class EdgeMockState {
  readonly sessions = new Set<string>();
  private next = 0;
  newSessionId(): string {
    this.next++;
    return `edge${String(this.next).padStart(4, '0')}${'0'.repeat(56)}`.slice(0, 64);
  }
}

const VA = /\/va\/v1\/([A-Za-z]+)$/;
const EDGE = /\/v[12]\/(interact|collect)$/;

export function answerEdge(path: string, bodyText: string, state: EdgeMockState): EdgeAnswer | undefined {
  const va = VA.exec(path);
  const edge = va ? null : EDGE.exec(path);
  if (!va && !edge) return undefined;
  let body: { events?: { xdm?: { eventType?: string; mediaCollection?: { sessionID?: string } } }[] };
  try {
    body = JSON.parse(bodyText) as typeof body;
  } catch {
    return problem(400, 'EXEG-0104-422', 'Unprocessable Entity', 'The request body is not valid JSON.');
  }
  const media = (body.events ?? []).map((e) => e.xdm).find((x) => typeof x?.eventType === 'string' && x.eventType.startsWith('media.'));
  const action = va ? va[1]! : media?.eventType?.slice('media.'.length);
  if (!media || action === undefined) return edge ? { status: 200, body: handles([]) } : problem(400, 'va-edge-0400-400', 'Bad Request', 'Missing required field: $.events[0].xdm');
  if (va && media.eventType !== `media.${action}`) {
    return problem(400, 'va-edge-0400-400', 'Bad Request', `The payload eventType ${String(media.eventType).slice(6)} was different from the path eventType ${action}`);
  }
  if (action === 'sessionStart') {
    const sid = state.newSessionId();
    state.sessions.add(sid);
    return { status: 200, body: handles([{ payload: [{ sessionId: sid }], type: 'media-analytics:new-session', eventIndex: 0 }]) };
  }
  if (action === 'downloaded') return { status: 200, body: handles([]) };
  if (edge) return { status: 200, body: handles([]) };
  const sid = media.mediaCollection?.sessionID;
  if (!sid || !state.sessions.has(sid)) {
    return problem(404, 'va-edge-0404-404', 'Not Found', 'Error processing request. If the session is longer than 24h, please start a new one. Returning Not Found');
  }
  return { status: 204 };
}

/**
 * The handles every answer with content carries: the location hint, and the cookie the Web SDK
 * keeps it in (`kndctr_{org}_cluster`), so that its later calls carry the hint in their path as
 * they do against the real Edge.
 */
function handles(extra: object[]): string {
  return JSON.stringify({
    requestId: 'mock-request',
    handle: [
      ...extra,
      { payload: [{ scope: 'EdgeNetwork', hint: LOCATION_HINT, ttlSeconds: 1800 }], type: 'locationHint:result' },
      { payload: [{ key: `kndctr_${DEMO_ORG_ID.replace('@', '_')}_cluster`, value: LOCATION_HINT, maxAge: 1800 }], type: 'state:store' },
    ],
  });
}

function problem(status: number, code: string, title: string, details: string): EdgeAnswer {
  return {
    status,
    body: JSON.stringify({ type: `https://ns.adobe.com/aep/errors/${code}`, status, title, detail: 'Invalid request. Please check your input and try again.', report: { details } }),
  };
}
