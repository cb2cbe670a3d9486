/**
 * The parameter catalog: every documented `params` key and `qoeData` key of the Media Collection
 * API, with its type, the events it is documented on, whether it is required there, and a
 * one-line documented meaning (a catalog message, `schema.param.<key>`, see paramMeaning). This is
 * the single source the JSON schemas (schemas.ts), the advisories (advisories.ts) and the UI's
 * "params with their meaning" table are built from.
 *
 * Sources: mc-api-req-params.md (the reference table) first; the variables/* pages for keys the
 * table lacks; the events/* pages for the event-specific keys. Contradictions between pages are
 * numbered as in docs/contradictions.md and cited as C<n> where they are resolved.
 *
 * Pure data and pure functions: no DOM, no node APIs.
 */
import type { MessageId } from '../../i18n/catalog.js';
import { english } from '../../i18n/translator.js';
import type { ContradictionId } from '../contradictions.js';
import { docPage, type DocKey, type DocPage } from '../docs.js';
import type { EventType } from '../event-types.js';
import { isSdkKey } from '../sdk/adobe-sdks.js';
import type { Severity } from '../severity.js';

/**
 * The value type of a key, as JSON Schema sees it. The two object shapes:
 * - `customerIDs`: `{"<name>": {"id": string, "authState": 0|1|2}}` (visitor.customerIDs, req-params).
 * - `stateList`: `[{"media.state.name": string}, ...]` (statesUpdate's statesStart / statesEnd).
 */
export type ParamType = 'string' | 'number' | 'integer' | 'boolean' | 'customerIDs' | 'stateList';

/**
 * - `required`: every page that mentions the key on this event agrees it is required; the schema
 *   requires it (missing = the server rejects the body, error).
 * - `advisory`: some pages require it and others (typically the event page's own example) omit it;
 *   the schema does not require it, the rules layer reports its absence as a warning or info.
 * - `optional`.
 */
export type Requirement = 'required' | 'advisory' | 'optional';

export interface ParamSpec {
  key: string;
  type: ParamType;
  /** The event types this key is documented on. */
  on: readonly EventType[];
  requirement: Requirement;
  /** The page the key is documented on (a DocKey of docs.ts). */
  doc: DocKey;
  /** A more specific page (a variables/* page) when docs.ts has no key for it. */
  page?: DocPage;
  /** Values the schema enforces (a value outside the list is an error). */
  enum?: readonly string[];
  /** Values the docs recommend; anything else is accepted by the server (advisory only). */
  recommended?: readonly string[];
  /**
   * For `advisory` keys: the severity a missing key deserves, by its consequence: `error` when
   * the server then drops or misfiles the session's data, whatever a page's shortened example
   * leaves out; otherwise what the docs' disagreement deserves.
   */
  advisorySeverity?: Severity;
  /**
   * For `advisory` keys: the finding when the key is missing, saying what it means, what its
   * absence costs and which pages want it (values `eventType` and `key`).
   */
  whenMissing?: MessageId;
  /** The disagreement between Adobe's pages this entry resolves (docs/contradictions.md), e.g. 'c3'. */
  contradiction?: ContradictionId;
  /** Why the entry is the way it is, when the docs disagree. */
  note?: string;
}

export interface QoeSpec {
  key: string;
  type: 'integer';
  doc: DocKey;
  page?: DocPage;
  note?: string;
}

const SESSION: readonly EventType[] = ['sessionStart'];
const AD_BREAK: readonly EventType[] = ['adBreakStart'];
const AD: readonly EventType[] = ['adStart'];
const CHAPTER: readonly EventType[] = ['chapterStart'];
const STATE: readonly EventType[] = ['stateStart', 'stateEnd'];
const STATES_UPDATE: readonly EventType[] = ['statesUpdate'];
const ERROR: readonly EventType[] = ['error'];

function variablePage(title: MessageId, file: string): DocPage {
  return { title, path: 'implementation/variables/' + file };
}

/** Standard player-state names. C4: the pages spell full screen both ways, so both are listed. */
export const STANDARD_STATE_NAMES: readonly string[] = [
  'fullscreen',
  'fullScreen',
  'mute',
  'closedCaptioning',
  'pictureInPicture',
  'inFocus',
];

/**
 * C13: req-params says media.contentType "can be any string" and suggests "Live", "VOD", "Linear";
 * content-type.md recommends lowercase values and says custom strings are accepted. The schema
 * therefore only checks `string`; these values feed an advisory.
 */
export const RECOMMENDED_CONTENT_TYPES: readonly string[] = [
  'vod',
  'live',
  'linear',
  'ugc',
  'dvod',
  'song',
  'podcast',
  'audiobook',
  'radio',
];

const s = (
  key: string,
  on: readonly EventType[],
  extra: Partial<ParamSpec> = {},
): ParamSpec => ({ key, type: 'string', on, requirement: 'optional', doc: 'requestParams', ...extra });

/** Every documented params key, in the order of the request-parameters page, then the rest. */
export const PARAM_CATALOG: readonly ParamSpec[] = [
  // ---- sessionStart: analytics and visitor data (req-params "Analytics Data", "Visitor Data")
  s('analytics.trackingServer', SESSION, {
    requirement: 'advisory',
    advisorySeverity: 'error',
    contradiction: 'c3',
    note: 'Required by req-params and the custom-metadata page, but the sessionStart event page example omits it, so the schema does not require it.',
    whenMissing: 'schema.advisory.missing.analytics.trackingServer',
  }),
  s('analytics.reportSuite', SESSION, {
    requirement: 'advisory',
    advisorySeverity: 'error',
    contradiction: 'c3',
    note: 'Required by req-params and the custom-metadata page, but the sessionStart event page example omits it, so the schema does not require it.',
    whenMissing: 'schema.advisory.missing.analytics.reportSuite',
  }),
  s('analytics.enableSSL', SESSION, { type: 'boolean' }),
  s('analytics.visitorId', SESSION),
  s('visitor.marketingCloudOrgId', SESSION, {
    requirement: 'advisory',
    advisorySeverity: 'error',
    contradiction: 'c3',
    note: 'Required by req-params (also needed for MCID generation), but the sessionStart event page example omits it, so the schema does not require it.',
    whenMissing: 'schema.advisory.missing.visitor.marketingCloudOrgId',
  }),
  s('visitor.marketingCloudUserId', SESSION),
  s('visitor.aamLocationHint', SESSION, { type: 'integer' }),
  s('appInstallationId', SESSION),
  s('analytics.aid', SESSION),
  s('visitor.customerIDs', SESSION, {
    type: 'customerIDs',
  }),
  // ---- sessionStart: content data
  s('media.id', SESSION, { requirement: 'required' }),
  s('media.name', SESSION),
  s('media.length', SESSION, { type: 'number', requirement: 'required' }),
  s('media.contentType', SESSION, {
    requirement: 'required',
    recommended: RECOMMENDED_CONTENT_TYPES,
    contradiction: 'c13',
    note: 'req-params suggests "Live", "VOD", "Linear"; content-type.md recommends lowercase values and accepts custom strings. Only the type is checked.',
  }),
  s('media.playerName', SESSION, { requirement: 'required' }),
  s('media.channel', SESSION, {
    requirement: 'required',
  }),
  s('media.resume', SESSION, {
    type: 'boolean',
  }),
  s('media.sdkVersion', SESSION),
  // ---- sessionStart: content standard metadata
  s('media.streamFormat', SESSION),
  s('media.show', SESSION),
  s('media.season', SESSION),
  s('media.episode', SESSION),
  s('media.assetId', SESSION),
  s('media.genre', SESSION),
  s('media.firstAirDate', SESSION),
  s('media.firstDigitalDate', SESSION),
  s('media.rating', SESSION),
  s('media.originator', SESSION),
  s('media.network', SESSION),
  s('media.showType', SESSION, {
    recommended: ['0', '1', '2', '3'],
    contradiction: 'c13',
    note: 'Typed string in req-params but described as an integer 0-3; show-type.md sends the string "0". The schema checks string.',
  }),
  s('media.adLoad', SESSION),
  s('media.pass.mvpd', SESSION),
  s('media.pass.auth', SESSION),
  s('media.dayPart', SESSION),
  s('media.feed', SESSION),
  // ---- sessionStart: CCPA
  s('analytics.optOutServerSideForwarding', SESSION, {
    type: 'boolean',
  }),
  s('analytics.optOutShare', SESSION, {
    type: 'boolean',
  }),
  // ---- sessionStart: keys only on the variables pages
  s('media.streamType', SESSION, {
    requirement: 'advisory',
    advisorySeverity: 'info',
    doc: 'sessionStart',
    page: variablePage('docs.variable.stream-type', 'core/stream-type.md'),
    contradiction: 'c3',
    note: '"Required: Yes" on its variable page, but absent from req-params and from every sessions example, so the schema does not require it.',
    whenMissing: 'schema.advisory.missing.media.streamType',
  }),
  s('media.downloaded', SESSION, {
    type: 'boolean',
    doc: 'sessionStart',
    page: variablePage('docs.variable.media-downloaded-flag', 'core/media-downloaded-flag.md'),
  }),
  s('media.artist', SESSION, {
    doc: 'sessionStart',
    page: variablePage('docs.variable.artist', 'standard-metadata/artist.md'),
  }),
  s('media.album', SESSION, {
    doc: 'sessionStart',
    page: variablePage('docs.variable.album', 'standard-metadata/album.md'),
  }),
  s('media.label', SESSION, {
    doc: 'sessionStart',
    page: variablePage('docs.variable.label', 'standard-metadata/label.md'),
  }),
  s('media.author', SESSION, {
    doc: 'sessionStart',
    page: variablePage('docs.variable.author', 'standard-metadata/author.md'),
  }),
  s('media.station', SESSION, {
    doc: 'sessionStart',
    page: variablePage('docs.variable.station', 'standard-metadata/station.md'),
  }),
  s('media.publisher', SESSION, {
    doc: 'sessionStart',
    page: variablePage('docs.variable.publisher', 'standard-metadata/publisher.md'),
  }),

  // ---- adBreakStart (req-params "Ad Data")
  s('media.ad.podFriendlyName', AD_BREAK, {
    contradiction: 'c10',
    note: 'Documented on adBreakStart; the timelines also put it on adStart, where it is an undocumented key (advisory).',
  }),
  s('media.ad.podIndex', AD_BREAK, {
    type: 'integer',
    requirement: 'required',
    contradiction: 'c6',
    note: 'The base (0 or 1) is disputed: the old ad-parameters page says 1, the timelines send 0 for a pre-roll. No minimum is enforced.',
  }),
  s('media.ad.podSecond', AD_BREAK, {
    type: 'number',
    requirement: 'required',
  }),

  // ---- adStart (req-params "Ad Data", "Ad Standard Metadata")
  s('media.ad.podPosition', AD, {
    type: 'integer',
    requirement: 'required',
    contradiction: 'c5',
    note: 'req-params says "starting at 1", ad-in-pod-position.md says the first ad is 0 and ad-start.md sends 0. No minimum is enforced.',
  }),
  s('media.ad.name', AD),
  s('media.ad.id', AD, { requirement: 'required' }),
  s('media.ad.length', AD, { type: 'number', requirement: 'required' }),
  s('media.ad.playerName', AD, {
    requirement: 'advisory',
    advisorySeverity: 'warning',
    contradiction: 'c10',
    note: 'Required by req-params, custom-meta and ad-player-name.md, but the adStart event page example omits it, so the schema does not require it.',
    whenMissing: 'schema.advisory.missing.media.ad.playerName',
  }),
  s('media.ad.advertiser', AD),
  s('media.ad.campaignId', AD),
  s('media.ad.creativeId', AD),
  s('media.ad.siteId', AD),
  s('media.ad.creativeURL', AD),
  s('media.ad.placementId', AD),

  // ---- chapterStart (req-params "Chapter Data")
  s('media.chapter.index', CHAPTER, { type: 'integer', requirement: 'required' }),
  s('media.chapter.offset', CHAPTER, {
    type: 'number',
    requirement: 'required',
  }),
  s('media.chapter.length', CHAPTER, { type: 'number', requirement: 'required' }),
  s('media.chapter.friendlyName', CHAPTER),

  // ---- stateStart / stateEnd (events/player-state/*)
  s('media.state.name', STATE, {
    requirement: 'required',
    doc: 'playerStateOverview',
    contradiction: 'c4',
    note: 'Full screen is "fullscreen" on the event pages and "fullScreen" in the player-state overview; custom states are allowed, so any string passes (standard names: STANDARD_STATE_NAMES).',
  }),

  // ---- statesUpdate (events/player-state/overview.md only, C9)
  {
    key: 'statesStart',
    type: 'stateList',
    on: STATES_UPDATE,
    requirement: 'optional',
    doc: 'playerStateOverview',
    contradiction: 'c9',
    note: 'statesUpdate is documented only in the player-state overview; a call carries statesStart and/or statesEnd.',
  },
  {
    key: 'statesEnd',
    type: 'stateList',
    on: STATES_UPDATE,
    requirement: 'optional',
    doc: 'playerStateOverview',
    contradiction: 'c9',
    note: 'statesUpdate is documented only in the player-state overview; a call carries statesStart and/or statesEnd.',
  },

  // ---- error (events/error.md)
  s('media.errorId', ERROR, {
    requirement: 'advisory',
    advisorySeverity: 'warning',
    doc: 'error',
    contradiction: 'c9',
    note: 'The error page sends it; timeline 2 sends an error with no params at all, so params stay optional.',
    whenMissing: 'schema.advisory.missing.media.errorId',
  }),
  s('media.errorSource', ERROR, {
    requirement: 'advisory',
    advisorySeverity: 'warning',
    doc: 'error',
    enum: ['player', 'external'],
    contradiction: 'c9',
    note: 'error.md: the source "accepts only two values", player and external (the 2019 req-params agreed, as media.qoe.errorSource). Enforced when present.',
    whenMissing: 'schema.advisory.missing.media.errorSource',
  }),
];

/** The four QoE keys (req-params "Quality Data": integer, set on any event, in `qoeData`). */
export const QOE_CATALOG: readonly QoeSpec[] = [
  {
    key: 'media.qoe.bitrate',
    type: 'integer',
    doc: 'requestParams',
    page: variablePage('docs.variable.bitrate', 'quality/bitrate.md'),
    note: 'C8: bps in req-params, kbps in bitrate.md; integer in the schema sample and req-params (number in the old quality page). Checked as integer.',
  },
  {
    key: 'media.qoe.droppedFrames',
    type: 'integer',
    doc: 'requestParams',
    page: variablePage('docs.variable.dropped-frames', 'quality/dropped-frames.md'),
  },
  {
    key: 'media.qoe.framesPerSecond',
    type: 'integer',
    doc: 'requestParams',
    page: variablePage('docs.variable.frames-per-second', 'quality/frames-per-second.md'),
  },
  {
    key: 'media.qoe.timeToStart',
    type: 'integer',
    doc: 'requestParams',
    page: variablePage('docs.variable.time-to-start', 'quality/time-to-start.md'),
  },
];

/** The four QoE keys, listed for a message. */
export const QOE_KEYS = QOE_CATALOG.map((q) => q.key).join(', ');

/** The documented qoeData key `key` is a shortened or miscased form of ("bitrate"), as message values `suggested` and `suggestion`. */
export function qoeSuggestion(key: string): { suggested: 'yes' | 'no'; suggestion: string } {
  const found = QOE_CATALOG.find((q) => q.key.toLowerCase() === 'media.qoe.' + key.toLowerCase());
  return found ? { suggested: 'yes', suggestion: found.key } : { suggested: 'no', suggestion: '' };
}

/**
 * What each event's body may carry besides playerTime and eventType.
 * - params: `required` (the object must be there), `optional`, or `forbidden` (ping).
 * - customMetadata: C2, allowed on sessionStart, adStart and chapterStart (overview and
 *   mc-api-custom-meta.md); the events-request page lists only adStart and chapterStart because it
 *   describes the events endpoint, which never receives a sessionStart.
 */
export interface EventBodySpec {
  params: 'required' | 'optional' | 'forbidden';
  customMetadata: boolean;
  doc: DocKey;
}

export const EVENT_BODY: Readonly<Record<EventType, EventBodySpec>> = {
  // sessions request: "params (Mandatory)"; the schema sample requires params.
  sessionStart: { params: 'required', customMetadata: true, doc: 'sessionStart' },
  play: { params: 'optional', customMetadata: false, doc: 'play' },
  // ping.md: "Do not include a params object".
  ping: { params: 'forbidden', customMetadata: false, doc: 'ping' },
  bitrateChange: { params: 'optional', customMetadata: false, doc: 'qoe' },
  bufferStart: { params: 'optional', customMetadata: false, doc: 'eventsRequest' },
  pauseStart: { params: 'optional', customMetadata: false, doc: 'eventsRequest' },
  adBreakStart: { params: 'required', customMetadata: false, doc: 'adBreakStart' },
  adStart: { params: 'required', customMetadata: true, doc: 'adStart' },
  adComplete: { params: 'optional', customMetadata: false, doc: 'adsOverview' },
  adSkip: { params: 'optional', customMetadata: false, doc: 'adsOverview' },
  adBreakComplete: { params: 'optional', customMetadata: false, doc: 'adsOverview' },
  chapterStart: { params: 'required', customMetadata: true, doc: 'chaptersOverview' },
  chapterSkip: { params: 'optional', customMetadata: false, doc: 'chaptersOverview' },
  chapterComplete: { params: 'optional', customMetadata: false, doc: 'chaptersOverview' },
  // Timeline 2 sends an error without params (C9).
  error: { params: 'optional', customMetadata: false, doc: 'error' },
  sessionEnd: { params: 'optional', customMetadata: false, doc: 'sessionEnd' },
  sessionComplete: { params: 'optional', customMetadata: false, doc: 'sessionComplete' },
  stateStart: { params: 'required', customMetadata: false, doc: 'playerStateOverview' },
  stateEnd: { params: 'required', customMetadata: false, doc: 'playerStateOverview' },
  statesUpdate: { params: 'required', customMetadata: false, doc: 'playerStateOverview' },
};

/** Events whose body may carry customMetadata (C2). */
export const CUSTOM_METADATA_EVENTS: readonly EventType[] = (Object.keys(EVENT_BODY) as EventType[]).filter(
  (t) => EVENT_BODY[t].customMetadata,
);

/**
 * Advisory qoeData keys: bitrate-change.md asks to "include the new bitrate value in the QoE data";
 * it does not say the server rejects a bitrateChange without it, so it is advisory only.
 */
export const ADVISORY_QOE: Readonly<Partial<Record<EventType, readonly string[]>>> = {
  bitrateChange: ['media.qoe.bitrate'],
};

// ---- indexes, built once

const byEvent = new Map<EventType, Map<string, ParamSpec>>();
const byKey = new Map<string, ParamSpec>();
for (const spec of PARAM_CATALOG) {
  byKey.set(spec.key, spec);
  for (const t of spec.on) {
    let m = byEvent.get(t);
    if (!m) byEvent.set(t, (m = new Map()));
    m.set(spec.key, spec);
  }
}
const qoeByKey = new Map<string, QoeSpec>(QOE_CATALOG.map((q) => [q.key, q]));
const paramLists = new Map<EventType, readonly ParamSpec[]>();
for (const [t, m] of byEvent) paramLists.set(t, Object.freeze([...m.values()]));
const NONE: readonly ParamSpec[] = Object.freeze([]);

/**
 * The advisory-required keys per event (C3 for sessionStart, C10 for adStart, C9 for error):
 * keys some pages require but that the schema does not, because another page's example omits them.
 */
export const ADVISORY_REQUIRED: Readonly<Partial<Record<EventType, readonly ParamSpec[]>>> = (() => {
  const out: Partial<Record<EventType, readonly ParamSpec[]>> = {};
  for (const [t, list] of paramLists) {
    const adv = list.filter((p) => p.requirement === 'advisory');
    if (adv.length) out[t] = Object.freeze(adv);
  }
  return Object.freeze(out);
})();

export type RecommendedValueSpec = ParamSpec & { recommended: readonly string[] };

/**
 * Per event, the params whose documented values come as a recommended list (media.contentType,
 * media.showType): the only ones `unrecommendedValues` looks at, on every call that has params.
 */
export const RECOMMENDED_VALUE_PARAMS: Readonly<Partial<Record<EventType, readonly RecommendedValueSpec[]>>> = (() => {
  const out: Partial<Record<EventType, readonly RecommendedValueSpec[]>> = {};
  for (const [t, list] of paramLists) {
    const withList = list.filter((p): p is RecommendedValueSpec => p.recommended !== undefined);
    if (withList.length) out[t] = Object.freeze(withList);
  }
  return Object.freeze(out);
})();

/** The catalog entry of `key` on `eventType`, or undefined when the key is not documented there. */
export function paramSpec(eventType: EventType, key: string): ParamSpec | undefined {
  return byEvent.get(eventType)?.get(key);
}

/** Every documented params key of `eventType`, in catalog order (empty for events without params). */
export function paramsOf(eventType: EventType): readonly ParamSpec[] {
  return paramLists.get(eventType) ?? NONE;
}

/**
 * The documented meaning of a params or qoeData key, on whichever event it is documented or as
 * Adobe's SDKs send it: one line from the docs, as a catalog message; undefined for a key of
 * nobody's documentation. A test holds every key of the catalogs to its message.
 */
export function paramMeaning(key: string): MessageId | undefined {
  return byKey.has(key) || qoeByKey.has(key) || isSdkKey(key) ? (`schema.param.${key}` as MessageId) : undefined;
}

/** paramMeaning in English, for the schemas' descriptions and the callers that do not yet translate it. */
export function describeParam(key: string): string | undefined {
  const id = paramMeaning(key);
  return id === undefined ? undefined : english.t(id);
}

/** The catalog entry of a params key on any event (to say where an out-of-place key belongs). */
export function findParam(key: string): ParamSpec | undefined {
  return byKey.get(key);
}

/** The catalog entry of a `qoeData` key. */
export function qoeSpec(key: string): QoeSpec | undefined {
  return qoeByKey.get(key);
}

/** The page to cite for a catalog entry: its variables page when it has one, else its DocKey's page. */
export function sourceOf(spec: ParamSpec | QoeSpec): DocPage {
  return spec.page ?? docPage(spec.doc);
}
