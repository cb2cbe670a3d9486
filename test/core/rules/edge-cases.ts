import { adBreakStart, adStart, chapterStart, ev, sessionStart } from '../../support/calls.js';
import { EDGE_SID, iso, toEdgeCalls } from '../../support/edge-calls.js';
import type { RuleCase } from './cases.js';

/** The Media Edge format's own rules: cases sent as Media Edge calls. */
const start = { body: sessionStart(0) };
const cleanEdge = () => [start, { body: adBreakStart(0.1) }, { body: adStart(0.2) }, { body: ev('adComplete', 5) }, { body: ev('adBreakComplete', 5.1) }, { body: ev('play', 5.2) }, { body: chapterStart(5.3) }, { body: ev('ping', 11, {}, 6) }, { body: ev('chapterComplete', 25, {}, 20) }, { body: ev('sessionComplete', 25.1, {}, 20) }];
const silent = (rule: string): RuleCase => ({ rule, api: 'media-edge', description: 'a clean Media Edge session', events: cleanEdge(), expect: [] });
const xdm = (eventType: string, mediaCollection: Record<string, unknown>, t = 1) => ({
  events: [{ xdm: { eventType, timestamp: iso(1_700_000_000_000 + t * 1000), mediaCollection } }],
});
/** The Edge form of the clean sessionStart, with `customMetadata` added to its mediaCollection. */
const withSessionStartMetadata = (customMetadata: unknown[]) => {
  const [call] = toEdgeCalls([{ body: sessionStart(0) }]);
  const body = JSON.parse((call!.requestBody as { text: string }).text) as { events: [{ xdm: { mediaCollection: Record<string, unknown> } }] };
  body.events[0].xdm.mediaCollection['customMetadata'] = customMetadata;
  return body;
};
const problem = (type: string, status: number, title: string, details: unknown) => JSON.stringify({ type: `https://ns.adobe.com/aep/errors/${type}`, status, title, detail: 'Invalid request. Please check your input and try again.', report: { details } });

export const EDGE_RULE_CASES: RuleCase[] = [
  silent('edge-http-207'),
  {
    rule: 'edge-http-207',
    api: 'media-edge',
    description: 'a sessionStart missing sessionDetails.name, answered 207 with the error',
    events: [
      {
        body: sessionStart(0),
        status: 207,
        responseBody: JSON.stringify({
          requestId: 'r',
          handle: [{ type: 'locationHint:result', payload: [{ scope: 'EdgeNetwork', hint: 'or2', ttlSeconds: 1800 }] }],
          errors: [{ type: 'https://ns.adobe.com/aep/errors/va-edge-0400-400', status: 400, title: 'Invalid request', report: { eventIndex: 0, details: [{ name: '$.xdm.mediaCollection.sessionDetails.name', reason: 'Missing required field' }] } }],
        }),
      },
    ],
    expect: [[0, 'error']],
  },
  {
    rule: 'answer-unseen',
    api: 'media-edge',
    description: 'Media Edge calls whose answer was never seen: the sessionStart and a valid adStart',
    events: [{ ...start, unanswered: true }, { body: ev('play', 1) }, { body: adStart(2), unanswered: true }],
    expect: [[0, 'info'], [2, 'info']],
  },
  {
    rule: 'ad-outside-break',
    api: 'media-edge',
    description: 'an unanswered Media Edge adStart with a valid body is judged as accepted, so its missing break is found',
    events: [{ ...start, unanswered: true }, { body: ev('play', 1) }, { body: adStart(2), unanswered: true }],
    expect: [[2, 'error']],
  },
  {
    rule: 'edge-http-400',
    api: 'media-edge',
    description: 'the response-code rules do not guess at an answer that was not seen',
    events: [start, { body: ev('play', 1), edgeBody: xdm('media.play', {}), unanswered: true }],
    expect: [],
  },
  silent('edge-http-400'),
  {
    rule: 'edge-http-400',
    api: 'media-edge',
    description: 'a play rejected with va-edge-0400-400',
    events: [start, { body: ev('play', 1), status: 400, responseBody: problem('va-edge-0400-400', 400, 'Bad Request', [{ name: '$.events[0].xdm.mediaCollection.playhead', reason: 'Missing required field' }]) }],
    expect: [[1, 'error']],
  },
  silent('edge-http-404'),
  {
    rule: 'edge-http-404',
    api: 'media-edge',
    description: 'a ping for a session the Edge no longer knows',
    events: [start, { body: ev('ping', 10), status: 404, responseBody: problem('va-edge-0404-404', 404, 'Not Found', 'Error processing request. If the session is longer than 24h, please start a new one. Returning Not Found') }],
    expect: [[1, 'error']],
  },
  silent('edge-unexpected-status'),
  {
    rule: 'edge-unexpected-status',
    api: 'media-edge',
    description: 'an event answered 200 and another 410 (neither is documented for events)',
    events: [start, { body: ev('play', 1), status: 200 }, { body: ev('ping', 11), status: 410 }],
    expect: [[1, 'warning'], [2, 'warning']],
  },
  silent('edge-session-handle'),
  {
    rule: 'edge-session-handle',
    api: 'media-edge',
    description: 'a sessionStart answered 200 without the media-analytics:new-session handle',
    events: [{ body: sessionStart(0), responseBody: JSON.stringify({ requestId: 'r', handle: [{ type: 'state:store', payload: [] }] }) }],
    expect: [[0, 'error']],
  },
  silent('edge-required-field'),
  {
    rule: 'edge-required-field',
    api: 'media-edge',
    description: 'a play without sessionID and an adStart without advertisingDetails',
    events: [
      start,
      { body: ev('play', 1), edgeBody: xdm('media.play', { playhead: 1 }) },
      { body: adBreakStart(2) },
      { body: ev('adStart', 3), edgeBody: xdm('media.adStart', { playhead: 3, sessionID: EDGE_SID }, 3) },
    ],
    expect: [[1, 'error'], [3, 'error']],
  },
  silent('edge-body-schema'),
  {
    rule: 'edge-body-schema',
    api: 'media-edge',
    description: 'a playhead sent as a string, and a timestamp with no time zone',
    events: [
      start,
      { body: ev('play', 1), edgeBody: xdm('media.play', { playhead: '1', sessionID: EDGE_SID }) },
      { body: ev('ping', 2), edgeBody: { events: [{ xdm: { eventType: 'media.ping', timestamp: '2024-05-01T12:00:00', mediaCollection: { playhead: 2, sessionID: EDGE_SID } } }] } },
    ],
    expect: [[1, 'error'], [2, 'error']],
  },
  silent('edge-custom-metadata'),
  {
    rule: 'edge-custom-metadata',
    api: 'media-edge',
    description: 'names in the tenant namespace, a struct path among them, on a sessionStart and an adStart',
    events: [
      { body: sessionStart(0), edgeBody: withSessionStartMetadata([{ name: '_mycompany.contentCategory', value: 'Live Sports' }, { name: '_mycompany.show.season', value: '2' }]) },
      { body: adBreakStart(1) },
      { body: adStart(1.1), edgeBody: xdm('media.adStart', { playhead: 1, sessionID: EDGE_SID, customMetadata: [{ name: '_expath.customUserID', value: 'u1' }] }, 1.1) },
    ],
    expect: [],
  },
  {
    rule: 'edge-custom-metadata',
    api: 'media-edge',
    description: 'an adStart with three names outside the namespace (one finding), a chapterStart with customMetadata at the root of xdm, a ping carrying customMetadata',
    events: [
      start,
      { body: adBreakStart(1) },
      { body: adStart(1.1), edgeBody: xdm('media.adStart', { playhead: 1, sessionID: EDGE_SID, customMetadata: [{ name: '_mycompany.ok', value: 'x' }, { name: 'campaign', value: 'spring' }, { name: 'mycompany.size', value: 'l' }, { name: '_.x', value: 'y' }] }, 1.1) },
      { body: chapterStart(2), edgeBody: { events: [{ xdm: { eventType: 'media.chapterStart', timestamp: iso(1_700_000_002_000), mediaCollection: { playhead: 2, sessionID: EDGE_SID }, customMetadata: [{ name: '_mycompany.theme', value: 'intro' }] } }] } },
      { body: ev('ping', 12), edgeBody: xdm('media.ping', { playhead: 12, sessionID: EDGE_SID, customMetadata: [{ name: '_mycompany.theme', value: 'intro' }] }, 12) },
    ],
    expect: [[2, 'warning'], [3, 'warning'], [4, 'warning']],
  },
  silent('edge-event-type-path'),
  {
    rule: 'edge-event-type-path',
    api: 'media-edge',
    description: 'an adBreakStart body posted to /chapterStart, and a path the API does not have',
    events: [start, { body: adBreakStart(1), edgeAction: 'chapterStart' }, { body: ev('play', 2), edgeAction: 'resume' }],
    expect: [[1, 'error'], [2, 'error']],
  },
];
