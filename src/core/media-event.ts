import { excessDepth } from './body-depth.js';
import type { CapturedCall } from './call.js';
import { MEDIA_COLLECTION_PLACE, type EventPlace } from './event-place.js';
import { EVENT_TYPES, type EventType } from './event-types.js';

/** The parts of a request body the rules read, and the call that carried it. */
export interface MediaEvent {
  callId: string;
  /** Sent to /api/v1/sessions (a sessionStart opening the session) rather than to an events URL. */
  viaSessions: boolean;
  eventType: EventType;
  /** eventType's position in EVENT_TYPES, for tables indexed by event type. */
  typeIndex: number;
  ts: number;
  playhead: number;
  params: Record<string, unknown> | undefined;
  qoeData: Record<string, unknown> | undefined;
  customMetadata: Record<string, unknown> | undefined;
  /** Where its fields are in the body that carried it, for the pointers of findings (see event-place.ts). */
  place: EventPlace;
}

export type ParsedBody =
  | { kind: 'json'; value: unknown }
  | { kind: 'invalid-json'; error: string }
  /** JSON nested deeper than any Media Collection body (see body-depth.ts): judged by its depth, never walked. */
  | { kind: 'too-deep'; depth: number }
  | { kind: 'withheld'; reason: string }
  | { kind: 'none' };

export function parseBody(call: CapturedCall): ParsedBody {
  const body = call.requestBody;
  if (body.kind === 'withheld') return body;
  if (body.kind === 'none' || body.text === '') return { kind: 'none' };
  let value: unknown;
  try {
    value = JSON.parse(body.text);
  } catch (e) {
    return { kind: 'invalid-json', error: e instanceof Error ? e.message : String(e) };
  }
  const depth = excessDepth(body.text);
  return depth === undefined ? { kind: 'json', value } : { kind: 'too-deep', depth };
}

/**
 * Reads the event out of a parsed body whose eventType is the documented one at `typeIndex`, or
 * undefined when the body lacks what sequencing needs (numeric playhead and ts); the schema
 * findings explain why.
 */
export function toMediaEvent(value: Record<string, unknown>, typeIndex: number, callId: string, viaSessions: boolean): MediaEvent | undefined {
  const { playerTime } = value;
  if (!isObject(playerTime)) return undefined;
  const { ts, playhead } = playerTime;
  // 1e400 parses as Infinity: such an event cannot be placed in time, and the schema findings say why.
  if (typeof ts !== 'number' || typeof playhead !== 'number' || !Number.isFinite(ts) || !Number.isFinite(playhead)) return undefined;
  return {
    callId,
    viaSessions,
    eventType: EVENT_TYPES[typeIndex]!,
    typeIndex,
    ts,
    playhead,
    params: isObject(value.params) ? value.params : undefined,
    qoeData: isObject(value.qoeData) ? value.qoeData : undefined,
    customMetadata: isObject(value.customMetadata) ? value.customMetadata : undefined,
    place: MEDIA_COLLECTION_PLACE,
  };
}

/**
 * toMediaEvent for a body that passed its event's schema, which has settled every check that
 * function makes: playerTime is an object with numeric playhead and ts, and params, qoeData and
 * customMetadata are objects when present. Reading without them is what every valid call costs.
 */
export function eventOfValidBody(value: ValidBody, typeIndex: number, callId: string, viaSessions: boolean): MediaEvent {
  const { playerTime } = value;
  return {
    callId,
    viaSessions,
    eventType: EVENT_TYPES[typeIndex]!,
    typeIndex,
    ts: playerTime.ts,
    playhead: playerTime.playhead,
    params: value.params,
    qoeData: value.qoeData,
    customMetadata: value.customMetadata,
    place: MEDIA_COLLECTION_PLACE,
  };
}

/** A body its event's schema passes, as far as eventOfValidBody reads it. */
export interface ValidBody {
  playerTime: { ts: number; playhead: number };
  params?: Record<string, unknown>;
  qoeData?: Record<string, unknown>;
  customMetadata?: Record<string, unknown>;
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
