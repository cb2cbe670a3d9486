import type { Severity } from '../../../src/core/severity.js';
import { EDGE_RULE_CASES } from './edge-cases.js';
import { adBreakStart, adStart, chapterStart, ev, sessionStart, SID, type EventSpec } from '../../support/calls.js';

export interface RuleCase {
  rule: string;
  description: string;
  events: EventSpec[];
  /** The rule's findings, as [index of the call, severity]; [] when the rule must stay silent. */
  expect: [number, Severity][];
  /** Feed the calls in this order (indices into events) instead of in order. */
  arrival?: number[];
  /** Capture started mid-session: drop the sessionStart (the first event). */
  midSession?: boolean;
  /** Send the events as Media Edge API calls (test/support/edge-calls.ts) rather than Media Collection API ones. */
  api?: 'media-edge';
}

/** A correct session: pre-roll of one ad, content with pings, a chapter, and the end. */
export const clean = (): EventSpec[] => [
  { body: sessionStart(0) },
  { body: adBreakStart(0.1) },
  { body: adStart(0.2) },
  { body: ev('ping', 1) },
  { body: ev('adComplete', 5) },
  { body: ev('adBreakComplete', 5.1) },
  { body: ev('play', 5.2) },
  { body: chapterStart(5.3) },
  { body: ev('ping', 11, {}, 6) },
  { body: ev('ping', 21, {}, 16) },
  { body: ev('chapterComplete', 25, {}, 20) },
  { body: ev('sessionComplete', 25.1, {}, 20) },
  { body: ev('sessionEnd', 25.2, {}, 20) },
];

/** A sessionStart as Adobe's Media SDK sends it: media.libraryVersion names the SDK. */
const sdkStart = (t = 0, library = 'js-3.1.0') => ev('sessionStart', t, { params: { ...(sessionStart(0).params as object), 'media.libraryVersion': library } });
const liveStart = (t: number) => ev('sessionStart', t, { params: { ...(sessionStart(0).params as object), 'media.contentType': 'live', 'media.length': 86400 } });
const OTHER_SID = 'b'.repeat(64);

const everyRuleSilent = (rule: string): RuleCase => ({ rule, description: 'a clean session', events: clean(), expect: [] });

export const RULE_CASES: RuleCase[] = [
  // ad-outside-break: the reason this tool exists.
  everyRuleSilent('ad-outside-break'),
  {
    rule: 'ad-outside-break',
    description: 'adStart and adComplete with no ad break at all',
    events: [{ body: sessionStart(0) }, { body: adStart(1) }, { body: ev('ping', 1.5) }, { body: ev('adComplete', 2) }, { body: ev('play', 3) }],
    expect: [[1, 'error'], [3, 'error']],
  },
  {
    rule: 'ad-outside-break',
    description: 'adSkip after the break was closed',
    events: [{ body: sessionStart(0) }, { body: adBreakStart(1) }, { body: adStart(1.1) }, { body: ev('adBreakComplete', 2) }, { body: ev('adSkip', 2.1) }],
    expect: [[4, 'error']],
  },
  {
    rule: 'ad-outside-break',
    description: 'a break that arrived late is still judged in ts order (the server reorders)',
    events: [{ body: sessionStart(0) }, { body: adBreakStart(1) }, { body: adStart(1.2) }, { body: ev('adComplete', 2) }, { body: ev('adBreakComplete', 2.1) }],
    arrival: [0, 2, 1, 3, 4],
    expect: [],
  },
  {
    rule: 'ad-outside-break',
    description: 'a rejected adBreakStart (400) does not open a break',
    events: [{ body: sessionStart(0) }, { body: adBreakStart(1), status: 400 }, { body: adStart(1.2) }],
    expect: [[2, 'error']],
  },
  {
    rule: 'ad-outside-break',
    description: 'capture began mid-session: an ad with no break seen is only a warning',
    events: [{ body: sessionStart(0) }, { body: adStart(1) }, { body: ev('adComplete', 2) }],
    midSession: true,
    expect: [[1, 'warning'], [2, 'warning']],
  },
  // ad-break-pairing
  everyRuleSilent('ad-break-pairing'),
  {
    rule: 'ad-break-pairing',
    description: 'nested break, stray complete, and a break never closed',
    events: [{ body: sessionStart(0) }, { body: adBreakStart(1) }, { body: adBreakStart(2) }, { body: ev('adBreakComplete', 3) }, { body: ev('adBreakComplete', 4) }, { body: adBreakStart(5) }],
    expect: [[2, 'warning'], [4, 'warning'], [5, 'warning']],
  },
  {
    rule: 'ad-break-pairing',
    description: 'sessionEnd inside a break is an abandoned view (info)',
    events: [{ body: sessionStart(0) }, { body: adBreakStart(1) }, { body: adStart(1.1) }, { body: ev('sessionEnd', 3) }],
    expect: [[3, 'info']],
  },
  // ad-closure
  everyRuleSilent('ad-closure'),
  {
    rule: 'ad-closure',
    description: 'adStart over an open ad, an extra adComplete, and an ad open at adBreakComplete',
    events: [
      { body: sessionStart(0) }, { body: adBreakStart(0.1) }, { body: adStart(0.2) }, { body: adStart(1, 'ad-2') },
      { body: ev('adComplete', 2) }, { body: ev('adComplete', 2.1) }, { body: adStart(2.2, 'ad-3') }, { body: ev('adBreakComplete', 3) },
    ],
    expect: [[3, 'warning'], [5, 'warning'], [7, 'warning']],
  },
  // chapter-pairing
  everyRuleSilent('chapter-pairing'),
  {
    rule: 'chapter-pairing',
    description: 'overlapping chapters and a close with nothing open',
    events: [{ body: sessionStart(0) }, { body: ev('play', 0.1) }, { body: chapterStart(0.2) }, { body: chapterStart(5, 2, 5) }, { body: ev('chapterComplete', 6, {}, 6) }, { body: ev('chapterSkip', 7, {}, 7) }],
    expect: [[3, 'warning'], [5, 'warning']],
  },
  // session-start-first
  everyRuleSilent('session-start-first'),
  {
    rule: 'session-start-first',
    description: 'an event stamped before the sessionStart',
    events: [{ body: sessionStart(1) }, { body: ev('play', 0.5) }],
    expect: [[1, 'warning']],
  },
  {
    rule: 'session-start-first',
    description: 'capture began after the session started: noted once',
    events: [{ body: sessionStart(0) }, { body: ev('play', 1) }, { body: ev('ping', 2) }],
    midSession: true,
    expect: [[1, 'info']],
  },
  // after-session-end
  everyRuleSilent('after-session-end'),
  {
    rule: 'after-session-end',
    description: 'a ping accepted after sessionEnd, and a second sessionEnd',
    events: [{ body: sessionStart(0) }, { body: ev('sessionEnd', 1) }, { body: ev('ping', 2) }, { body: ev('sessionEnd', 3) }],
    expect: [[2, 'error'], [3, 'info']],
  },
  // ts-not-increasing
  everyRuleSilent('ts-not-increasing'),
  {
    rule: 'ts-not-increasing',
    description: 'two events with the same ts',
    events: [{ body: sessionStart(0) }, { body: ev('play', 1) }, { body: ev('ping', 1) }],
    expect: [[2, 'warning']],
  },
  {
    rule: 'ts-not-increasing',
    description: 'in a session from Adobe\'s JavaScript SDK, which stamps adStart and its play alike, equal ts is info',
    events: [{ body: sdkStart(0) }, { body: adBreakStart(1) }, { body: adStart(1.1) }, { body: ev('play', 1.1) }],
    expect: [[3, 'info']],
  },
  {
    rule: 'ts-not-increasing',
    description: 'a media.libraryVersion that is no Adobe SDK\'s changes nothing',
    events: [{ body: sdkStart(0, 'my-player-2.0') }, { body: ev('play', 1) }, { body: ev('ping', 1) }],
    expect: [[2, 'warning']],
  },
  // ping-cadence
  everyRuleSilent('ping-cadence'),
  {
    rule: 'ping-cadence',
    description: 'in a session from Adobe\'s iOS SDK, whose timer sends the pings, a gap is info',
    events: [{ body: sdkStart(0, 'ios-media-5.0.1') }, { body: ev('play', 5) }, { body: ev('ping', 15, {}, 10) }],
    expect: [[2, 'info']],
  },
  {
    rule: 'ping-cadence',
    description: 'content played for 25 s without a ping, reported once per gap',
    events: [{ body: sessionStart(0) }, { body: ev('play', 1) }, { body: ev('pauseStart', 20, {}, 19) }, { body: ev('play', 25, {}, 19) }, { body: ev('ping', 26, {}, 20) }],
    expect: [[2, 'warning']],
  },
  {
    rule: 'ping-cadence',
    description: 'an ad break with pings every 10 s is accepted (the docs say 1 s and 10 s)',
    events: [{ body: sessionStart(0) }, { body: adBreakStart(0.1) }, { body: adStart(0.2) }, { body: ev('ping', 10) }, { body: ev('ping', 20) }, { body: ev('adComplete', 29) }, { body: ev('adBreakComplete', 29.1) }],
    expect: [],
  },
  // session-timeout
  everyRuleSilent('session-timeout'),
  {
    rule: 'session-timeout',
    description: '11 minutes without events',
    events: [{ body: sessionStart(0) }, { body: ev('play', 1) }, { body: ev('ping', 661, {}, 1) }, { body: ev('ping', 671, {}, 1) }],
    expect: [[2, 'error']],
  },
  {
    rule: 'session-timeout',
    description: 'pings for 31 minutes with the playhead stuck',
    events: [{ body: sessionStart(0) }, { body: ev('pauseStart', 1, {}, 5) }, ...Array.from({ length: 190 }, (_, i) => ({ body: ev('ping', 10 * (i + 1), {}, 5) }))],
    expect: [[182, 'error']],
  },
  {
    rule: 'session-timeout',
    description: 'the long-pause scenario: sessionEnd after 30 minutes of pinging is fine',
    events: [{ body: sessionStart(0) }, { body: ev('pauseStart', 1, {}, 5) }, ...Array.from({ length: 180 }, (_, i) => ({ body: ev('ping', 10 * (i + 1), {}, 5) })), { body: ev('sessionEnd', 1801.5, {}, 5) }],
    expect: [],
  },
  // player-state-limit
  everyRuleSilent('player-state-limit'),
  {
    rule: 'player-state-limit',
    description: 'eleven distinct states, one restarted (restarts do not count)',
    events: [
      { body: sessionStart(0) },
      ...Array.from({ length: 10 }, (_, i) => ({ body: ev('stateStart', 1 + i * 0.1, { params: { 'media.state.name': `state${i}` } }) })),
      { body: ev('stateStart', 3, { params: { 'media.state.name': 'state0' } }) },
      { body: ev('statesUpdate', 4, { params: { statesStart: [{ 'media.state.name': 'state10' }] } }) },
    ],
    expect: [[12, 'error']],
  },
  {
    rule: 'player-state-limit',
    description: 'eleven distinct states in statesUpdate calls (the form both APIs have)',
    events: [
      { body: sessionStart(0) },
      { body: ev('statesUpdate', 1, { params: { statesStart: Array.from({ length: 6 }, (_, i) => ({ 'media.state.name': `state${i}` })) } }) },
      { body: ev('statesUpdate', 2, { params: { statesEnd: [{ 'media.state.name': 'state0' }], statesStart: Array.from({ length: 5 }, (_, i) => ({ 'media.state.name': `state${i + 6}` })) } }) },
    ],
    expect: [[2, 'error']],
  },
  // time-unit
  everyRuleSilent('time-unit'),
  {
    rule: 'time-unit',
    description: 'ts in seconds, reported once',
    events: [{ body: { ...sessionStart(0), playerTime: { playhead: 0, ts: 1_700_000_000 } } }, { body: { ...ev('play', 0), playerTime: { playhead: 0, ts: 1_700_000_001 } } }],
    expect: [[0, 'error']],
  },
  {
    rule: 'time-unit',
    description: 'a playhead in milliseconds (600 s of content, playhead 12000)',
    events: [{ body: sessionStart(0) }, { body: ev('play', 1) }, { body: ev('ping', 11, {}, 10_000) }, { body: ev('ping', 21, {}, 20_000) }],
    expect: [[2, 'error']],
  },
  {
    rule: 'time-unit',
    description: 'a live playhead past the end of the day',
    events: [{ body: liveStart(0) }, { body: ev('play', 1, {}, 90_000) }],
    expect: [[1, 'error']],
  },
  {
    rule: 'time-unit',
    description: 'a live playhead counted from the start of the stream is not the second of the day',
    // ts 1_700_000_001_000 is 22:13:21 UTC: second 80001 of the day.
    events: [{ body: liveStart(0) }, { body: ev('play', 1, {}, 400) }],
    expect: [[1, 'warning']],
  },
  {
    rule: 'time-unit',
    description: 'a live playhead that is the second of the day in a time zone 5 h 30 behind UTC',
    events: [{ body: liveStart(0) }, { body: ev('play', 1, {}, 80_001 - 19_800) }],
    expect: [],
  },
  // content-in-ad-break
  everyRuleSilent('content-in-ad-break'),
  {
    rule: 'content-in-ad-break',
    description: 'content resumed and a chapter started inside an open break, the playhead moving',
    events: [
      { body: sessionStart(0) }, { body: adBreakStart(1, 0, 30) }, { body: adStart(1.1, 'ad-1', 30) }, { body: ev('adComplete', 16, {}, 30) },
      { body: ev('play', 16.1, {}, 30) }, { body: chapterStart(16.2, 2, 30) }, { body: ev('ping', 26, {}, 40) },
    ],
    expect: [[4, 'warning'], [5, 'warning'], [6, 'warning']],
  },
  {
    rule: 'content-in-ad-break',
    description: 'the ad\'s own position sent as the playhead during the ad',
    events: [{ body: sessionStart(0) }, { body: adBreakStart(1) }, { body: adStart(1.1) }, { body: ev('play', 1.2) }, { body: ev('ping', 11, {}, 10) }, { body: ev('adComplete', 16, {}, 15) }, { body: ev('adBreakComplete', 16.1, {}, 15) }],
    expect: [[4, 'warning']],
  },
  // playhead-progress
  everyRuleSilent('playhead-progress'),
  {
    rule: 'playhead-progress',
    description: 'the playhead moves while paused, then stands for 30 s while playing',
    events: [
      { body: sessionStart(0) }, { body: ev('play', 1) }, { body: ev('pauseStart', 5, {}, 4) }, { body: ev('ping', 15, {}, 14) },
      { body: ev('play', 20, {}, 14) }, { body: ev('ping', 30, {}, 14) }, { body: ev('ping', 40, {}, 14.5) }, { body: ev('ping', 50, {}, 14.5) }, { body: ev('ping', 60, {}, 14.5) },
    ],
    expect: [[3, 'warning'], [7, 'warning']],
  },
  {
    rule: 'playhead-progress',
    description: 'in a session from Adobe\'s SDK, which sends a seek as pauseStart and play, a moving paused playhead is info',
    events: [{ body: sdkStart(0) }, { body: ev('play', 1) }, { body: ev('pauseStart', 5, {}, 4) }, { body: ev('ping', 15, {}, 120) }, { body: ev('play', 16, {}, 121) }],
    expect: [[3, 'info']],
  },
  {
    rule: 'playhead-progress',
    description: 'a long buffering and a long pause keep the playhead still, as they should',
    events: [
      { body: sessionStart(0) }, { body: ev('play', 1) }, { body: ev('bufferStart', 5, {}, 4) }, { body: ev('ping', 15, {}, 4) }, { body: ev('ping', 25, {}, 4) },
      { body: ev('ping', 35, {}, 4) }, { body: ev('ping', 45, {}, 4) }, { body: ev('play', 46, {}, 4) }, { body: ev('pauseStart', 50, {}, 8) }, { body: ev('ping', 60, {}, 8) }, { body: ev('play', 61, {}, 30) },
    ],
    expect: [],
  },
  // previous-session-open
  everyRuleSilent('previous-session-open'),
  {
    rule: 'previous-session-open',
    description: 'a second session starts while the first never ended',
    events: [{ body: sessionStart(0) }, { body: ev('play', 1) }, { body: sessionStart(10), sid: OTHER_SID }, { body: ev('play', 11), sid: OTHER_SID }],
    expect: [[2, 'warning']],
  },
  {
    rule: 'previous-session-open',
    description: 'the next session starts after sessionEnd (or the first expired)',
    events: [
      { body: sessionStart(0) }, { body: ev('sessionEnd', 1) }, { body: sessionStart(10), sid: OTHER_SID }, { body: ev('play', 11), sid: OTHER_SID, status: 404 },
      { body: sessionStart(20), sid: 'c'.repeat(64) },
    ],
    expect: [],
  },
  // body-schema
  everyRuleSilent('body-schema'),
  {
    rule: 'body-schema',
    description: 'adBreakStart without its required params, a body that is not JSON, and one with no body',
    events: [{ body: sessionStart(0) }, { body: ev('adBreakStart', 1, { params: {} }) }, { body: ev('play', 2), rawBody: '{"eventType":"play",' }, { body: ev('play', 3), rawBody: '' }],
    expect: [[1, 'error'], [1, 'error'], [2, 'error'], [3, 'error']],
  },
  everyRuleSilent('body-withheld'),
  { rule: 'body-withheld', description: 'a beacon whose body the browser withheld', events: [{ body: sessionStart(0) }, { body: ev('ping', 1), withheld: 'requestBody.error' }], expect: [[1, 'info']] },
  // answer-unseen: a call whose answer a stopped background never saw is judged on its request
  everyRuleSilent('answer-unseen'),
  {
    rule: 'answer-unseen',
    description: 'calls whose answer was never seen: a valid body, an invalid one, a withheld one',
    events: [
      { body: sessionStart(0) },
      { body: ev('play', 1), unanswered: true },
      { body: ev('adBreakStart', 2, { params: {} }), unanswered: true },
      { body: ev('ping', 3), withheld: 'requestBody.error', unanswered: true },
    ],
    expect: [[1, 'info'], [2, 'info'], [3, 'info']],
  },
  {
    rule: 'ad-outside-break',
    description: 'an unanswered adStart with a valid body is judged as accepted, so its missing break is found',
    events: [{ body: sessionStart(0) }, { body: ev('play', 1) }, { body: adStart(2), unanswered: true }],
    expect: [[2, 'error']],
  },
  {
    rule: 'ad-outside-break',
    description: 'an unanswered adBreakStart whose body breaks the schema is judged as rejected: it opens no break',
    events: [{ body: sessionStart(0) }, { body: ev('adBreakStart', 1, { params: {} }), unanswered: true }, { body: adStart(1.2) }],
    expect: [[2, 'error']],
  },
  {
    rule: 'ad-outside-break',
    description: 'an unanswered adBreakStart with a valid body opens its break',
    events: [{ body: sessionStart(0) }, { body: adBreakStart(1), unanswered: true }, { body: adStart(1.2) }],
    expect: [],
  },
  {
    rule: 'body-schema',
    description: 'an unanswered call is checked against the schema in full',
    events: [{ body: sessionStart(0) }, { body: ev('adBreakStart', 1, { params: {} }), unanswered: true }],
    expect: [[1, 'error'], [1, 'error']],
  },
  {
    rule: 'http-400',
    description: 'the response-code rules do not guess at an answer that was not seen',
    events: [{ body: sessionStart(0) }, { body: ev('adBreakStart', 1, { params: {} }), unanswered: true }, { body: ev('play', 2), unanswered: true }],
    expect: [],
  },
  {
    rule: 'accepted-not-counted',
    description: 'an unanswered call judged as accepted is counted like one answered 204',
    events: [{ body: sessionStart(0) }, { body: adStart(1), unanswered: true }],
    expect: [[1, 'info']],
  },
  // wrong-endpoint
  everyRuleSilent('wrong-endpoint'),
  {
    rule: 'wrong-endpoint',
    description: 'sessionStart posted to an events URL, and a play posted to /sessions',
    events: [{ body: sessionStart(0) }, { body: sessionStart(1), viaSessions: false }, { body: ev('play', 2), viaSessions: true, status: 400 }],
    expect: [[1, 'error'], [2, 'error']],
  },
  // Advisories: what the pages disagree on
  everyRuleSilent('custom-metadata-keys'),
  {
    rule: 'custom-metadata-keys',
    description: 'reserved a. and media. prefixes',
    events: [{ body: { ...sessionStart(0), customMetadata: { 'a.media.channel': 'x', 'media.show': 'y', show: 'ok' } } }],
    expect: [[0, 'warning'], [0, 'warning']],
  },
  everyRuleSilent('unknown-param'),
  {
    rule: 'unknown-param',
    description: 'what Adobe\'s SDKs send is known: media.libraryVersion, and the error ids in qoeData',
    events: [
      { body: ev('sessionStart', 0, { params: { ...(sessionStart(0).params as object), 'media.libraryVersion': 'js-3.1.0' } }) },
      { body: ev('error', 1, { qoeData: { 'media.qoe.errorID': 'decode', 'media.qoe.errorSource': 'player' } }) },
    ],
    expect: [],
  },
  {
    rule: 'unknown-param',
    description: 'a misspelt param and an unprefixed qoeData key',
    events: [{ body: sessionStart(0) }, { body: ev('play', 1, { qoeData: { bitrate: 1000 } }) }, { body: ev('adBreakStart', 2, { params: { 'media.ad.podIndex': 0, 'media.ad.podSecond': 0, 'media.ad.podFriendlyname': 'x' } }) }],
    expect: [[1, 'warning'], [2, 'warning']],
  },
  everyRuleSilent('advisory-param'),
  {
    rule: 'advisory-param',
    description: 'sessionStart without the analytics keys the request-parameters page requires: the data is not reported',
    events: [{ body: ev('sessionStart', 0, { params: { 'media.id': 'x', 'media.length': 10, 'media.contentType': 'vod', 'media.playerName': 'p', 'media.channel': 'c', 'media.streamType': 'video' } }) }],
    expect: [[0, 'error'], [0, 'error'], [0, 'error']],
  },
  {
    rule: 'advisory-param',
    description: 'adStart without media.ad.playerName stays a warning',
    events: [{ body: sessionStart(0) }, { body: adBreakStart(0.1) }, { body: ev('adStart', 0.2, { params: { 'media.ad.id': 'a', 'media.ad.length': 15, 'media.ad.podPosition': 1 } }) }],
    expect: [[2, 'warning']],
  },
  everyRuleSilent('unrecommended-value'),
  {
    rule: 'unrecommended-value',
    description: 'a content type the content-type page does not list',
    events: [{ body: ev('sessionStart', 0, { params: { ...sessionStart(0).params as object, 'media.contentType': 'movie' } }) }],
    expect: [[0, 'info']],
  },
  // Responses
  everyRuleSilent('http-400'),
  { rule: 'http-400', description: '400 from the server', events: [{ body: sessionStart(0) }, { body: ev('play', 1), status: 400, responseBody: 'bad' }], expect: [[1, 'error']] },
  // server-rejected-accepted: a 400 on a body our schema passes is a gap in the rules.
  everyRuleSilent('server-rejected-accepted'),
  {
    rule: 'server-rejected-accepted',
    description: 'a valid play answered 400, with the server\'s message',
    events: [{ body: sessionStart(0) }, { body: ev('play', 1), status: 400, responseBody: '{"message":"unknown field"}' }],
    expect: [[1, 'warning']],
  },
  {
    rule: 'server-rejected-accepted',
    description: 'a 400 on a body the schema already rejects is no gap',
    events: [{ body: sessionStart(0) }, { body: { eventType: 'play', playerTime: { playhead: 'one', ts: 1_700_000_001_000 } }, status: 400, responseBody: 'bad' }, { rawBody: '{', body: undefined, status: 400 }],
    expect: [],
  },
  {
    rule: 'server-rejected-accepted',
    description: 'a valid body answered 404 or 410 is about the session, not the body',
    events: [{ body: sessionStart(0) }, { body: ev('play', 1), status: 404, sid: 'f'.repeat(64) }, { body: ev('play', 2), status: 410 }],
    expect: [],
  },
  // accepted-not-counted: a 2xx does not mean the data counts.
  everyRuleSilent('accepted-not-counted'),
  {
    rule: 'accepted-not-counted',
    description: 'an adStart outside an ad break answered 204, and a sessionStart without its report suite answered 201',
    events: [
      { body: ev('sessionStart', 0, { params: { ...(sessionStart(0).params as Record<string, unknown>), 'analytics.reportSuite': undefined } }) },
      { body: adStart(1) },
      { body: ev('adComplete', 2) },
    ],
    expect: [[0, 'info'], [1, 'info'], [2, 'info']],
  },
  {
    rule: 'accepted-not-counted',
    description: 'errors on a call the server rejected, and warnings on accepted calls, bring none',
    events: [{ body: sessionStart(0) }, { body: ev('play', 1), status: 400 }, { body: ev('play', 2) }, { body: ev('ping', 2) }],
    expect: [],
  },
  {
    rule: 'accepted-not-counted',
    description: 'withdrawn with the error when a late adBreakStart closes the gap',
    events: [{ body: sessionStart(0) }, { body: adBreakStart(1) }, { body: adStart(1.2) }],
    arrival: [0, 2, 1],
    expect: [],
  },
  everyRuleSilent('http-404'),
  { rule: 'http-404', description: 'unknown sid', events: [{ body: sessionStart(0) }, { body: ev('play', 1), status: 404, sid: 'f'.repeat(64) }], expect: [[1, 'error']] },
  everyRuleSilent('http-410'),
  { rule: 'http-410', description: 'session gone', events: [{ body: sessionStart(0) }, { body: ev('sessionEnd', 1) }, { body: ev('play', 2), status: 410 }], expect: [[2, 'error']] },
  everyRuleSilent('http-5xx'),
  { rule: 'http-5xx', description: 'server error', events: [{ body: sessionStart(0) }, { body: ev('play', 1), status: 503 }], expect: [[1, 'error']] },
  everyRuleSilent('network-failure'),
  { rule: 'network-failure', description: 'cancelled by the page leaving (Chrome)', events: [{ body: sessionStart(0) }, { body: ev('play', 1), networkError: 'net::ERR_ABORTED' }], expect: [[1, 'error']] },
  { rule: 'network-failure', description: 'cancelled by the page leaving (Firefox)', events: [{ body: sessionStart(0) }, { body: ev('play', 1), networkError: 'NS_BINDING_ABORTED' }], expect: [[1, 'error']] },
  { rule: 'network-failure', description: 'blocked by a content blocker', events: [{ body: sessionStart(0) }, { body: ev('play', 1), networkError: 'net::ERR_BLOCKED_BY_CLIENT' }], expect: [[1, 'error']] },
  everyRuleSilent('unexpected-status'),
  { rule: 'unexpected-status', description: 'a 200 from a proxy', events: [{ body: sessionStart(0) }, { body: ev('play', 1), status: 200 }], expect: [[1, 'warning']] },
  everyRuleSilent('missing-location'),
  { rule: 'missing-location', description: 'a 201 without Location', events: [{ body: sessionStart(0), status: 201, sid: '' }], expect: [[0, 'warning']] },
  everyRuleSilent('out-of-order-arrival'),
  {
    rule: 'out-of-order-arrival',
    description: 'a ping overtaken by a play 500 ms later (info) and a pause overtaken by 3 s (warning)',
    events: [{ body: sessionStart(0) }, { body: ev('ping', 1) }, { body: ev('play', 1.5) }, { body: ev('pauseStart', 2) }, { body: ev('play', 5) }],
    arrival: [0, 2, 1, 4, 3],
    expect: [[1, 'info'], [3, 'warning']],
  },
];

export { SID };

RULE_CASES.push(...EDGE_RULE_CASES);
