import { downloadedPlace, edgePlace, type EventPlace } from '../event-place.js';
import { EVENT_TYPES } from '../event-types.js';
import { isObject, type MediaEvent } from '../media-event.js';
import { MEDIA_PREFIX, edgeEventTypeIndex } from './edge-actions.js';
import type { EdgeCall } from './classify-edge.js';

/**
 * The adapter between the Media Edge API's wire format and the media events the rules judge.
 *
 * A Media Edge body is `{"events":[{"xdm":{"eventType":"media.adStart","timestamp":ISO,
 * "mediaCollection":{playhead, sessionID, advertisingDetails…}}}]}`; the rules read a MediaEvent:
 * the event type (`adStart`), `ts` in ms, the playhead, and the Media Collection API's `media.*`
 * parameters. Each XDM detail object is mapped onto the parameters it stands for, so rules that
 * read parameters (the content type, the player states) work on both formats unchanged.
 */

/** The media event of an Edge body and where it sits in `events`. */
export interface EdgeMediaXdm {
  xdm: Record<string, unknown>;
  /** Its index in the body's `events`. */
  index: number;
}

/**
 * The media event a body carries: for `va` endpoints the first event's xdm; for interact and
 * collect calls (which carry any Edge traffic) the first event whose xdm.eventType is `media.*`,
 * or undefined when there is none: that call is not ours.
 */
export function mediaXdmOf(body: unknown, api: EdgeCall): EdgeMediaXdm | undefined {
  if (!isObject(body)) return undefined;
  const events = body['events'];
  if (!Array.isArray(events)) return undefined;
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    const xdm = isObject(e) ? e['xdm'] : undefined;
    if (!isObject(xdm)) continue;
    if (api.endpoint === 'va') return { xdm, index: i };
    const type = xdm['eventType'];
    if (typeof type === 'string' && type.startsWith(MEDIA_PREFIX)) return { xdm, index: i };
  }
  return undefined;
}

/**
 * The event type a body names, in either format: a Media Collection API body's `eventType`, or
 * the `media.*` eventType of a Media Edge body's first media event, without its prefix. A Media
 * Edge body with no media event names its first event's eventType as sent, as a Media
 * Collection API body's undocumented one is: the list then shows what the player sent (the
 * findings say what is wrong with it), not that it sent none.
 */
export function eventTypeOfBody(body: unknown): string | undefined {
  if (!isObject(body)) return undefined;
  if (typeof body['eventType'] === 'string') return body['eventType'];
  const events = body['events'];
  if (!Array.isArray(events)) return undefined;
  let first: string | undefined;
  for (const e of events) {
    const type = isObject(e) && isObject(e['xdm']) ? e['xdm']['eventType'] : undefined;
    if (typeof type !== 'string') continue;
    if (type.startsWith(MEDIA_PREFIX)) return type.slice(MEDIA_PREFIX.length);
    first ??= type;
  }
  return first;
}

/** `mediaCollection.sessionID` (capital ID in requests), when it is a non-empty string. */
export function sessionIdOf(xdm: Record<string, unknown>): string | undefined {
  const mc = xdm['mediaCollection'];
  const sid = isObject(mc) ? mc['sessionID'] : undefined;
  return typeof sid === 'string' && sid !== '' ? sid : undefined;
}

/**
 * The media event an xdm object describes, or undefined when it lacks what sequencing needs
 * (a `media.*` event type the rules know, an ISO timestamp, a numeric playhead); the schema
 * findings explain why. `index`: the xdm's event's place in the body's `events` (a va call's
 * body holds one).
 */
export function edgeToMediaEvent(xdm: Record<string, unknown>, callId: string, viaSessions: boolean, index = 0): MediaEvent | undefined {
  const typeIndex = edgeEventTypeIndex(xdm['eventType']);
  if (typeIndex < 0) return undefined;
  return eventOf(typeIndex, xdm['timestamp'], xdm['mediaCollection'], callId, viaSessions, edgePlace(index));
}

/**
 * The events of a `downloaded` call (an offline session sent in one batch): each item of
 * `xdm.mediaDownloadedEvents` is {mediaEventType, mediaEventTimestamp, mediaCollection}. Items
 * the rules cannot read are left out; the schema findings name them.
 */
export function downloadedMediaEvents(xdm: Record<string, unknown>, callId: string, index = 0): MediaEvent[] {
  const items = xdm['mediaDownloadedEvents'];
  if (!Array.isArray(items)) return [];
  const out: MediaEvent[] = [];
  for (let i = 0; i < items.length; i++) {
    const item: unknown = items[i];
    if (!isObject(item)) continue;
    const typeIndex = edgeEventTypeIndex(item['mediaEventType']);
    if (typeIndex < 0) continue;
    const start = EVENT_TYPES[typeIndex] === 'sessionStart';
    const event = eventOf(typeIndex, item['mediaEventTimestamp'], item['mediaCollection'], callId, start, downloadedPlace(index, i));
    if (event) out.push(event);
  }
  return out;
}

function eventOf(typeIndex: number, timestamp: unknown, mediaCollection: unknown, callId: string, viaSessions: boolean, place: EventPlace): MediaEvent | undefined {
  if (typeof timestamp !== 'string' || !isObject(mediaCollection)) return undefined;
  const ts = Date.parse(timestamp);
  const playhead = mediaCollection['playhead'];
  if (Number.isNaN(ts) || typeof playhead !== 'number') return undefined;
  const params = paramsOf(mediaCollection);
  const qoeData = mapped(mediaCollection['qoeDataDetails'], QOE);
  const customMetadata = customMetadataOf(mediaCollection['customMetadata']);
  return {
    callId,
    viaSessions,
    eventType: EVENT_TYPES[typeIndex]!,
    typeIndex,
    ts,
    playhead,
    params,
    qoeData,
    customMetadata,
    place,
  };
}

/**
 * XDM detail fields → the Media Collection API parameter each stands for (the Streaming Media
 * event pages give both names side by side). Fields without a counterpart keep their XDM name.
 */
const SESSION: Readonly<Record<string, string>> = {
  name: 'media.id',
  friendlyName: 'media.name',
  length: 'media.length',
  contentType: 'media.contentType',
  playerName: 'media.playerName',
  channel: 'media.channel',
  streamType: 'media.streamType',
  hasResume: 'media.resume',
  appVersion: 'media.sdkVersion',
  show: 'media.show',
  season: 'media.season',
  episode: 'media.episode',
  assetID: 'media.assetId',
  genre: 'media.genre',
  firstAirDate: 'media.firstAirDate',
  firstDigitalDate: 'media.firstDigitalDate',
  rating: 'media.rating',
  originator: 'media.originator',
  network: 'media.network',
  showType: 'media.showType',
  adLoad: 'media.adLoad',
  mvpd: 'media.pass.mvpd',
  authorized: 'media.pass.auth',
  dayPart: 'media.dayPart',
  feed: 'media.feed',
  streamFormat: 'media.format',
  artist: 'media.artist',
  album: 'media.album',
  label: 'media.label',
  author: 'media.author',
  station: 'media.station',
  publisher: 'media.publisher',
};
const AD_POD: Readonly<Record<string, string>> = {
  index: 'media.ad.podIndex',
  offset: 'media.ad.podSecond',
  friendlyName: 'media.ad.podFriendlyName',
};
const AD: Readonly<Record<string, string>> = {
  name: 'media.ad.id',
  friendlyName: 'media.ad.name',
  length: 'media.ad.length',
  podPosition: 'media.ad.podPosition',
  playerName: 'media.ad.playerName',
  advertiser: 'media.ad.advertiser',
  campaignID: 'media.ad.campaignId',
  creativeID: 'media.ad.creativeId',
  creativeURL: 'media.ad.creativeURL',
  placementID: 'media.ad.placementId',
  siteID: 'media.ad.siteId',
};
const CHAPTER: Readonly<Record<string, string>> = {
  index: 'media.chapter.index',
  offset: 'media.chapter.offset',
  length: 'media.chapter.length',
  friendlyName: 'media.chapter.friendlyName',
};
const ERROR: Readonly<Record<string, string>> = {
  name: 'media.qoe.errorID',
  source: 'media.qoe.errorSource',
};
export const QOE: Readonly<Record<string, string>> = {
  bitrate: 'media.qoe.bitrate',
  droppedFrames: 'media.qoe.droppedFrames',
  framesPerSecond: 'media.qoe.framesPerSecond',
  timeToStart: 'media.qoe.timeToStart',
};
/** Each XDM detail object of mediaCollection, with the parameter names of its fields. */
export const DETAILS: readonly (readonly [string, Readonly<Record<string, string>>])[] = [
  ['sessionDetails', SESSION],
  ['advertisingPodDetails', AD_POD],
  ['advertisingDetails', AD],
  ['chapterDetails', CHAPTER],
  ['errorDetails', ERROR],
];

/** The event's parameters, in Media Collection API names; undefined when it has none. */
function paramsOf(mc: Record<string, unknown>): Record<string, unknown> | undefined {
  let params: Record<string, unknown> | undefined;
  for (const [field, names] of DETAILS) {
    const details = mapped(mc[field], names);
    if (details) params = params ? Object.assign(params, details) : details;
  }
  for (const key of ['statesStart', 'statesEnd'] as const) {
    const states = mc[key];
    if (!Array.isArray(states)) continue;
    // The Media Collection API's statesUpdate carries [{"media.state.name": …}].
    (params ??= {})[key] = states.map((s) => (isObject(s) ? { 'media.state.name': s['name'] } : s));
  }
  return params;
}

function mapped(details: unknown, names: Readonly<Record<string, string>>): Record<string, unknown> | undefined {
  if (!isObject(details)) return undefined;
  const out: Record<string, unknown> = {};
  for (const key in details) out[names[key] ?? key] = details[key];
  return out;
}

/** `[{name, value}]` (the Media Edge form) → `{name: value}` (the Media Collection API's). */
function customMetadataOf(list: unknown): Record<string, unknown> | undefined {
  if (!Array.isArray(list)) return undefined;
  const out: Record<string, unknown> = {};
  for (const item of list) if (isObject(item) && typeof item['name'] === 'string') out[item['name']] = item['value'];
  return out;
}
