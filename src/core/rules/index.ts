import { advisoryParam } from './call/advisory-param.js';
import { answerUnseen } from './call/answer-unseen.js';
import { bodySchema } from './call/body-schema.js';
import { bodyWithheld } from './call/body-withheld.js';
import { customMetadataKeys } from './call/custom-metadata-keys.js';
import { gone410 } from './call/gone-410.js';
import { missingLocation } from './call/missing-location.js';
import { networkFailure } from './call/network-failure.js';
import { notFound404 } from './call/not-found-404.js';
import { outOfOrderArrival } from './call/out-of-order-arrival.js';
import { previousSessionOpen } from './call/previous-session-open.js';
import { rejected400 } from './call/rejected-400.js';
import { serverRejectedAccepted } from './call/server-rejected-accepted.js';
import { serverError5xx } from './call/server-error-5xx.js';
import { unexpectedStatus } from './call/unexpected-status.js';
import { unknownParam } from './call/unknown-param.js';
import { unrecommendedValue } from './call/unrecommended-value.js';
import { wrongEndpoint } from './call/wrong-endpoint.js';
import { edgeBodySchema } from './edge/edge-body-schema.js';
import { edgeCustomMetadata } from './edge/edge-custom-metadata.js';
import { edgeEventTypePath } from './edge/edge-event-type-path.js';
import { edgeMultiStatus207 } from './edge/edge-http-207.js';
import { edgeRejected400 } from './edge/edge-http-400.js';
import { edgeNotFound404 } from './edge/edge-http-404.js';
import { edgeRequiredField } from './edge/edge-required-field.js';
import { edgeSessionHandle } from './edge/edge-session-handle.js';
import { edgeUnexpectedStatus } from './edge/edge-unexpected-status.js';
import type { CallRule, Rule, RuleMeta, SequenceRule } from './rule.js';
import { acceptedNotCounted } from './sequence/accepted-not-counted.js';
import { adBreakPairing } from './sequence/ad-break-pairing.js';
import { adClosure } from './sequence/ad-closure.js';
import { adOutsideBreak } from './sequence/ad-outside-break.js';
import { afterSessionEnd } from './sequence/after-session-end.js';
import { chapterPairing } from './sequence/chapter-pairing.js';
import { contentInAdBreak } from './sequence/content-in-ad-break.js';
import { pingCadence } from './sequence/ping-cadence.js';
import { playerStateLimit } from './sequence/player-state-limit.js';
import { playheadProgress } from './sequence/playhead-progress.js';
import { sessionStartFirst } from './sequence/session-start-first.js';
import { sessionTimeout } from './sequence/session-timeout.js';
import { timeUnit } from './sequence/time-unit.js';
import { tsIncreasing } from './sequence/ts-increasing.js';

/** Rules that judge a call on its own, in the order their findings are listed. */
export const CALL_RULES: readonly CallRule[] = [
  networkFailure,
  rejected400,
  serverRejectedAccepted,
  notFound404,
  gone410,
  serverError5xx,
  unexpectedStatus,
  missingLocation,
  answerUnseen,
  bodyWithheld,
  bodySchema,
  wrongEndpoint,
  customMetadataKeys,
  unknownParam,
  advisoryParam,
  unrecommendedValue,
  outOfOrderArrival,
  previousSessionOpen,
];

/**
 * Rules that judge a Media Edge API call on its own: its format's (schema, required fields, the
 * path, response codes), and the Media Collection API's rules that do not depend on the format.
 * The sequence rules are the same for both APIs.
 */
export const EDGE_CALL_RULES: readonly CallRule[] = [
  networkFailure,
  edgeMultiStatus207,
  edgeRejected400,
  edgeNotFound404,
  serverError5xx,
  edgeUnexpectedStatus,
  edgeSessionHandle,
  answerUnseen,
  bodyWithheld,
  edgeRequiredField,
  edgeBodySchema,
  edgeEventTypePath,
  edgeCustomMetadata,
  outOfOrderArrival,
];

/** Rules over a session's events in ts order; the adBreak rule first of all. */
export const SEQUENCE_RULES: readonly SequenceRule[] = [
  adOutsideBreak,
  adBreakPairing,
  adClosure,
  chapterPairing,
  sessionStartFirst,
  afterSessionEnd,
  tsIncreasing,
  pingCadence,
  sessionTimeout,
  playerStateLimit,
  timeUnit,
  contentInAdBreak,
  playheadProgress,
  acceptedNotCounted,
];

export const ALL_RULES: readonly Rule[] = [...CALL_RULES, ...EDGE_CALL_RULES.filter((r) => !CALL_RULES.includes(r)), ...SEQUENCE_RULES];

const byId = new Map<string, RuleMeta>(ALL_RULES.map((r) => [r.meta.id, r.meta]));

export function ruleMeta(id: string): RuleMeta | undefined {
  return byId.get(id);
}
