/**
 * Validates one request body against its event type's precompiled schema.
 *
 * Only the generated standalone module is used at run time (no ajv.compile: MV3 forbids
 * `new Function`). Run `npm run gen` after changing params.ts or schemas.ts.
 */
import type { MessageId } from '../../i18n/catalog.js';
import { message, type Message, type MessageValues } from '../../i18n/message.js';
import { EVENT_TYPES, eventTypeIndex, type EventType } from '../event-types.js';
import * as generated from './generated/validators.js';
import type { GeneratedError, GeneratedValidator } from './generated/validators.js';
import { CUSTOM_METADATA_EVENTS, EVENT_BODY, QOE_KEYS, paramSpec, qoeSuggestion } from './params.js';

export interface SchemaIssue {
  /**
   * JSON pointer (RFC 6901) into the body, '' for the root. For a missing key it points at the
   * object that lacks it (which exists, so a UI can highlight it); the message names the key.
   */
  pointer: string;
  /**
   * What is wrong and what the docs want. A string only from the Media Edge validator, until its
   * words move into the catalog as these have.
   */
  message: Message;
  /** The JSON Schema keyword that failed (`type`, `required`, ...), or `body` / `eventType`. */
  keyword: string;
}

/** An issue of a Media Collection API body: always a catalog message, one id per kind of issue. */
export interface BodyIssue extends SchemaIssue {
  message: Message;
}

export interface BodyValidation {
  /** The body's eventType when it is one of the documented types. */
  eventType?: EventType;
  issues: readonly BodyIssue[];
}

/** Shared by every valid body (nearly all of them): validation runs on every call. */
export const NO_ISSUES: readonly BodyIssue[] = Object.freeze([]);

/** Built once: each event type's precompiled validator, in EVENT_TYPES order. */
const VALIDATORS: readonly GeneratedValidator[] = EVENT_TYPES.map((t) => {
  const v = (generated as unknown as Record<string, GeneratedValidator | undefined>)[t];
  if (typeof v !== 'function') throw new Error(`generated validators lack "${t}": run \`npm run gen\``);
  return v;
});

/** The result for a valid body of each type, shared: nearly every body is valid. */
const PASSED: readonly BodyValidation[] = EVENT_TYPES.map((eventType) => Object.freeze({ eventType, issues: NO_ISSUES }));

/**
 * The validators' second argument, passed rather than left to default: a validator called
 * without it allocates an empty options object per call, since the call through VALIDATORS is
 * not inlined.
 */
const AT_ROOT = Object.freeze({ instancePath: '' });

const VALID_TYPES = EVENT_TYPES.join(', ');

/**
 * Validates a parsed request body. `issues` is empty when the body passes its event's schema.
 * A body that is not an object, or whose eventType is missing or undocumented, gets one issue.
 * `typeIndex`, when the caller has looked the body's eventType up already, saves a second lookup.
 */
export function validateEventBody(body: unknown, typeIndex?: number): BodyValidation {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return {
      issues: [
        {
          pointer: '',
          keyword: 'body',
          message: message('schema.issue.body-not-object', { got: kindOf(body) }),
        },
      ],
    };
  }
  const eventType = (body as { eventType?: unknown }).eventType;
  const index = typeIndex ?? eventTypeIndex(eventType);
  if (index < 0) {
    return {
      issues: [
        eventType === undefined
          ? { pointer: '', keyword: 'eventType', message: message('schema.issue.no-event-type', { types: VALID_TYPES }) }
          : {
              pointer: '/eventType',
              keyword: 'eventType',
              message: message('schema.issue.unknown-event-type', { ...got(eventType), types: VALID_TYPES }),
            },
      ],
    };
  }
  const type = EVENT_TYPES[index]!;
  const validate = VALIDATORS[index]!;
  if (validate(body, AT_ROOT)) return PASSED[index]!;
  return { eventType: type, issues: toIssues(type, body, validate.errors ?? []) };
}

/**
 * The schema issues of a parsed body whose eventType the caller has looked up (`typeIndex`, -1
 * when it is not a documented one, or when the body is not an object). The inspector's per-call
 * check: a body that passes costs its validator and nothing more.
 */
export function schemaIssuesOf(body: unknown, typeIndex: number): readonly BodyIssue[] {
  if (typeIndex >= 0 && VALIDATORS[typeIndex]!(body, AT_ROOT)) return NO_ISSUES;
  return validateEventBody(body, typeIndex).issues;
}

// ---------------------------------------------------------------- messages

function toIssues(eventType: EventType, body: object, errors: readonly GeneratedError[]): BodyIssue[] {
  // An anyOf failure also reports each branch's failure; the anyOf message says it all.
  const anyOfPaths: string[] = [];
  for (const e of errors) if (e.keyword === 'anyOf') anyOfPaths.push(e.schemaPath + '/');
  const issues: BodyIssue[] = [];
  for (const e of errors) {
    if (anyOfPaths.length && anyOfPaths.some((p) => e.schemaPath.startsWith(p))) continue;
    issues.push(toIssue(eventType, body, e));
  }
  return issues;
}

/**
 * Ajv's error, in our words: each keyword the schemas use has a message of its own, whose values
 * are the parts of the body it is about (Ajv's own texts and keyword names never reach the user).
 */
function toIssue(eventType: EventType, body: object, e: GeneratedError): BodyIssue {
  const at = e.instancePath;
  const segments = at === '' ? [] : at.slice(1).split('/').map(unescapePointer);
  const where = label(segments, body);
  const issue = (keyword: string, id: MessageId, values: MessageValues): BodyIssue => ({
    pointer: at,
    keyword,
    message: message(id, values),
  });
  switch (e.keyword) {
    case 'required':
      return { pointer: at, keyword: 'required', message: requiredMessage(eventType, segments, where, String(e.params['missingProperty'])) };
    case 'additionalProperties': {
      const key = String(e.params['additionalProperty']);
      return { pointer: at + '/' + escapePointer(key), keyword: 'additionalProperties', message: additionalMessage(eventType, segments, where, key) };
    }
    case 'type': {
      const flat = segments.length === 2 && segments[0] === 'customMetadata';
      const values = { where, expected: expected(eventType, segments, String(e.params['type'])), ...got(valueAt(body, segments)) };
      return issue('type', flat ? 'schema.issue.type-custom-metadata' : 'schema.issue.type', values);
    }
    case 'enum': {
      const allowed = (e.params['allowedValues'] as unknown[]).map(show).join(', ');
      return issue('enum', 'schema.issue.enum', { where, allowed, ...got(valueAt(body, segments)) });
    }
    case 'const':
      return issue('const', 'schema.issue.const', { where, allowed: show(e.params['allowedValue']), ...got(valueAt(body, segments)) });
    case 'minimum': {
      const values = { where, comparison: String(e.params['comparison']), limit: String(e.params['limit']), ...got(valueAt(body, segments)) };
      return issue('minimum', where === 'playerTime.playhead' ? 'schema.issue.minimum-playhead' : 'schema.issue.minimum', values);
    }
    case 'anyOf':
      if (eventType === 'statesUpdate' && where === 'params') return issue('anyOf', 'schema.issue.states-update-shape', {});
      return issue('anyOf', 'schema.issue.no-shape-matches', { where, atRoot: where === '' ? 'yes' : 'no' });
    default:
      return issue(e.keyword, 'schema.issue.other', { where, atRoot: where === '' ? 'yes' : 'no', eventType });
  }
}

function requiredMessage(eventType: EventType, segments: readonly string[], where: string, key: string): Message {
  if (segments.length === 0) {
    if (key === 'playerTime') return message('schema.issue.no-player-time');
    if (key === 'params') return message('schema.issue.params-required', { eventType });
    return message('schema.issue.body-missing-key', { key });
  }
  if (segments.length === 1 && segments[0] === 'playerTime') return message('schema.issue.player-time-missing', { key });
  if (segments.length === 1 && segments[0] === 'params') {
    const spec = paramSpec(eventType, key);
    return message('schema.issue.params-missing', { key, eventType, expected: spec?.type ?? 'unknown' });
  }
  return message('schema.issue.missing-key', { where, key });
}

function additionalMessage(eventType: EventType, segments: readonly string[], where: string, key: string): Message {
  if (segments.length === 0) {
    if (key === 'customMetadata') return message('schema.issue.custom-metadata-not-allowed', { events: CUSTOM_METADATA_EVENTS.join(', '), eventType });
    if (key === 'params' && EVENT_BODY[eventType].params === 'forbidden') return message('schema.issue.params-forbidden', { eventType });
    const allowed = ['playerTime', 'eventType'];
    if (EVENT_BODY[eventType].params !== 'forbidden') allowed.push('params');
    allowed.push('qoeData');
    if (EVENT_BODY[eventType].customMetadata) allowed.push('customMetadata');
    return message('schema.issue.unknown-top-level-key', { key, eventType, allowed: allowed.join(', ') });
  }
  if (where === 'playerTime') return message('schema.issue.player-time-extra', { key });
  if (where === 'qoeData') return message('schema.issue.qoe-key-not-allowed', { key, keys: QOE_KEYS, ...qoeSuggestion(key) });
  if (where === 'customMetadata') return message('schema.issue.custom-metadata-key-invalid', { key });
  return message('schema.issue.may-not-carry', { where, key });
}

/** What a value must be, as the messages' `expected` select names it: the catalog's type when the value is a documented key. */
function expected(eventType: EventType, segments: readonly string[], ajvType: string): string {
  if (segments.length === 2 && segments[0] === 'params') {
    const spec = paramSpec(eventType, segments[1]!);
    if (spec) return spec.type;
  }
  return ajvType;
}

/**
 * params.media.ad.podIndex, params.statesStart[0].media.state.name; '' for the root.
 * A segment is shown as [i] only when it indexes an array of the body.
 */
function label(segments: readonly string[], body: unknown): string {
  let out = '';
  let v: unknown = body;
  for (const s of segments) {
    if (out !== '' && Array.isArray(v) && isIndex(s)) out += `[${s}]`;
    else out += out === '' ? s : '.' + s;
    v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[s] : undefined;
  }
  return out;
}

function isIndex(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function valueAt(body: unknown, segments: readonly string[]): unknown {
  let v: unknown = body;
  for (const s of segments) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[s];
  }
  return v;
}

/** What a body that is not an object is, as the `got` select of schema.issue.body-not-object names it. */
function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (v === undefined) return 'nothing';
  return typeof v;
}

/**
 * The value a message says the body held, as its values `got` and `gotKind`: `value` for JSON
 * text, `huge` for a number too large for a double (1e400, read as Infinity, which JSON.stringify
 * would write as null), `nothing` when there is none.
 */
function got(v: unknown): { got: string; gotKind: 'value' | 'huge' | 'nothing' } {
  if (v === undefined) return { got: '', gotKind: 'nothing' };
  if (typeof v === 'number' && !Number.isFinite(v)) return { got: String(v), gotKind: 'huge' };
  return { got: show(v), gotKind: 'value' };
}

/** A value as it appears in JSON, shortened. */
function show(v: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(v) ?? String(v);
  } catch {
    text = String(v);
  }
  return text.length > 60 ? text.slice(0, 57) + '...' : text;
}

function escapePointer(s: string): string {
  return s.includes('~') || s.includes('/') ? s.replace(/~/g, '~0').replace(/\//g, '~1') : s;
}

function unescapePointer(s: string): string {
  return s.includes('~') ? s.replace(/~1/g, '/').replace(/~0/g, '~') : s;
}
