/**
 * Validates one request body against its event type's precompiled schema.
 *
 * Only the generated standalone module is used at run time (no ajv.compile: MV3 forbids
 * `new Function`). Run `npm run gen` after changing params.ts or schemas.ts.
 */
import { EVENT_TYPES, eventTypeIndex, type EventType } from '../event-types.js';
import * as generated from './generated/validators.js';
import type { GeneratedError, GeneratedValidator } from './generated/validators.js';
import { CUSTOM_METADATA_EVENTS, EVENT_BODY, QOE_CATALOG, paramSpec, typeLabel } from './params.js';

export interface SchemaIssue {
  /**
   * JSON pointer (RFC 6901) into the body, '' for the root. For a missing key it points at the
   * object that lacks it (which exists, so a UI can highlight it); the message names the key.
   */
  pointer: string;
  /** Plain English: what is wrong and what the docs want. */
  message: string;
  /** The JSON Schema keyword that failed (`type`, `required`, ...), or `body` / `eventType`. */
  keyword: string;
}

export interface BodyValidation {
  /** The body's eventType when it is one of the documented types. */
  eventType?: EventType;
  issues: readonly SchemaIssue[];
}

/** Shared by every valid body (nearly all of them): validation runs on every call. */
export const NO_ISSUES: readonly SchemaIssue[] = Object.freeze([]);

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
          message: `The request body must be a JSON object with playerTime and eventType (got ${kindOf(body)})`,
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
          ? { pointer: '', keyword: 'eventType', message: `The body has no eventType; it must be one of: ${VALID_TYPES}` }
          : {
              pointer: '/eventType',
              keyword: 'eventType',
              message: `eventType ${show(eventType)} is not a documented event type; it must be one of: ${VALID_TYPES}`,
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
export function schemaIssuesOf(body: unknown, typeIndex: number): readonly SchemaIssue[] {
  if (typeIndex >= 0 && VALIDATORS[typeIndex]!(body, AT_ROOT)) return NO_ISSUES;
  return validateEventBody(body, typeIndex).issues;
}

// ---------------------------------------------------------------- messages

function toIssues(eventType: EventType, body: object, errors: readonly GeneratedError[]): SchemaIssue[] {
  // An anyOf failure also reports each branch's failure; the anyOf message says it all.
  const anyOfPaths: string[] = [];
  for (const e of errors) if (e.keyword === 'anyOf') anyOfPaths.push(e.schemaPath + '/');
  const issues: SchemaIssue[] = [];
  for (const e of errors) {
    if (anyOfPaths.length && anyOfPaths.some((p) => e.schemaPath.startsWith(p))) continue;
    issues.push(toIssue(eventType, body, e));
  }
  return issues;
}

function toIssue(eventType: EventType, body: object, e: GeneratedError): SchemaIssue {
  const at = e.instancePath;
  const segments = at === '' ? [] : at.slice(1).split('/').map(unescapePointer);
  const where = label(segments, body);
  switch (e.keyword) {
    case 'required': {
      const key = String(e.params['missingProperty']);
      return { pointer: at, keyword: 'required', message: requiredMessage(eventType, segments, where, key) };
    }
    case 'additionalProperties': {
      const key = String(e.params['additionalProperty']);
      return {
        pointer: at + '/' + escapePointer(key),
        keyword: 'additionalProperties',
        message: additionalMessage(eventType, segments, where, key),
      };
    }
    case 'type': {
      const got = valueAt(body, segments);
      const flat = segments.length === 2 && segments[0] === 'customMetadata';
      return {
        pointer: at,
        keyword: 'type',
        message:
          `${where} must be ${expected(eventType, segments, String(e.params['type']))} (got ${show(got)})` +
          (flat ? '; customMetadata is a flat object of string values' : ''),
      };
    }
    case 'enum': {
      const allowed = (e.params['allowedValues'] as unknown[]).map(show).join(', ');
      return {
        pointer: at,
        keyword: 'enum',
        message: `${where} must be one of ${allowed} (got ${show(valueAt(body, segments))})`,
      };
    }
    case 'const':
      return {
        pointer: at,
        keyword: 'const',
        message: `${where} must be ${show(e.params['allowedValue'])} (got ${show(valueAt(body, segments))})`,
      };
    case 'minimum':
      return {
        pointer: at,
        keyword: 'minimum',
        message:
          `${where} must be ${String(e.params['comparison'])} ${String(e.params['limit'])} ` +
          `(got ${show(valueAt(body, segments))})` +
          (where === 'playerTime.playhead' ? '; the playhead is in seconds, 0 <= playhead' : ''),
      };
    case 'anyOf':
      if (eventType === 'statesUpdate' && where === 'params') {
        return {
          pointer: at,
          keyword: 'anyOf',
          message:
            'statesUpdate params must carry statesStart and/or statesEnd, arrays of {"media.state.name": string}',
        };
      }
      return { pointer: at, keyword: 'anyOf', message: `${where} matches none of the allowed shapes` };
    default:
      return { pointer: at, keyword: e.keyword, message: `${where} fails the "${e.keyword}" rule of the ${eventType} schema` };
  }
}

function requiredMessage(eventType: EventType, segments: readonly string[], where: string, key: string): string {
  if (segments.length === 0) {
    if (key === 'playerTime') return 'The body has no playerTime; every request must carry {"playhead": seconds, "ts": milliseconds}';
    if (key === 'params') return `${eventType} must carry a params object (required on ${eventType})`;
    return `The body has no ${key}`;
  }
  if (segments.length === 1 && segments[0] === 'playerTime') {
    const what = key === 'playhead' ? 'the playhead in seconds, a number' : key === 'ts' ? 'the timestamp in milliseconds, an integer' : key;
    return `playerTime is missing "${key}" (${what})`;
  }
  if (segments.length === 1 && segments[0] === 'params') {
    const spec = paramSpec(eventType, key);
    const detail = spec ? ` (${typeLabel(spec.type)}: ${lowerFirst(spec.meaning)})` : '';
    return `params is missing "${key}", required on ${eventType}${detail}`;
  }
  return `${where} is missing "${key}"`;
}

function additionalMessage(eventType: EventType, segments: readonly string[], where: string, key: string): string {
  if (segments.length === 0) {
    if (key === 'customMetadata') {
      return `customMetadata is only allowed on ${CUSTOM_METADATA_EVENTS.join(', ')}, not on ${eventType}`;
    }
    if (key === 'params' && EVENT_BODY[eventType].params === 'forbidden') {
      return `${eventType} must not carry params ("Do not include a params object")`;
    }
    const allowed = ['playerTime', 'eventType'];
    if (EVENT_BODY[eventType].params !== 'forbidden') allowed.push('params');
    allowed.push('qoeData');
    if (EVENT_BODY[eventType].customMetadata) allowed.push('customMetadata');
    return `Unknown top-level key "${key}": a ${eventType} body may carry only ${allowed.join(', ')}`;
  }
  if (where === 'playerTime') return `playerTime may carry only "playhead" and "ts" (got "${key}")`;
  if (where === 'qoeData') {
    const suggestion = QOE_CATALOG.find((q) => q.key.toLowerCase() === 'media.qoe.' + key.toLowerCase());
    return (
      `qoeData key "${key}" is not allowed: qoeData takes only ${QOE_CATALOG.map((q) => q.key).join(', ')}` +
      (suggestion ? ` (did you mean "${suggestion.key}"?)` : '')
    );
  }
  if (where === 'customMetadata') {
    return `customMetadata key "${key}" is not allowed: keys may use only letters, digits, "_" and "."`;
  }
  return `${where} may not carry "${key}"`;
}

/** "a string", "an integer"... using the catalog when the value is a documented key. */
function expected(eventType: EventType, segments: readonly string[], ajvType: string): string {
  if (segments.length === 2 && segments[0] === 'params') {
    const spec = paramSpec(eventType, segments[1]!);
    if (spec) return typeLabel(spec.type);
  }
  switch (ajvType) {
    case 'integer':
      return 'an integer';
    case 'object':
      return 'an object';
    case 'array':
      return 'an array';
    default:
      return 'a ' + ajvType;
  }
}

/**
 * params.media.ad.podIndex, params.statesStart[0].media.state.name; "the body" for the root.
 * A segment is shown as [i] only when it indexes an array of the body.
 */
function label(segments: readonly string[], body: unknown): string {
  if (segments.length === 0) return 'the body';
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

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (v === undefined) return 'nothing';
  return typeof v === 'string' ? 'a string' : typeof v === 'number' ? 'a number' : typeof v === 'boolean' ? 'a boolean' : typeof v;
}

/** A value as it appears in JSON, shortened. */
function show(v: unknown): string {
  if (v === undefined) return 'nothing';
  // JSON.stringify would say null: the body held a number too large for a double (1e400, say).
  if (typeof v === 'number' && !Number.isFinite(v)) return `a number too large to hold, read as ${v}`;
  let text: string;
  try {
    text = JSON.stringify(v) ?? String(v);
  } catch {
    text = String(v);
  }
  return text.length > 60 ? text.slice(0, 57) + '...' : text;
}

/** "The URL of..." -> "the URL of...", but "IMS organization" stays. */
function lowerFirst(s: string): string {
  return s.length > 1 && s[1] === s[1]!.toLowerCase() ? s[0]!.toLowerCase() + s.slice(1) : s;
}

function escapePointer(s: string): string {
  return s.includes('~') || s.includes('/') ? s.replace(/~/g, '~0').replace(/\//g, '~1') : s;
}

function unescapePointer(s: string): string {
  return s.includes('~') ? s.replace(/~1/g, '/').replace(/~0/g, '~') : s;
}
