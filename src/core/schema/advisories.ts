/**
 * Checks the JSON schemas deliberately leave out because the docs disagree or do not say the
 * server rejects the body. Each returns plain data; the rules layer turns it into findings.
 * Pure functions: safe on any input (a wrong shape yields no advisory; the schema reports it).
 */
import { message, type Message } from '../../i18n/message.js';
import type { ContradictionId } from '../contradictions.js';
import type { EventType } from '../event-types.js';
import { isSdkParam, isSdkQoeKey } from '../sdk/adobe-sdks.js';
import type { Severity } from '../severity.js';
import { ADVISORY_QOE, ADVISORY_REQUIRED, QOE_KEYS, RECOMMENDED_VALUE_PARAMS, findParam, paramSpec, paramsOf, qoeSpec, qoeSuggestion } from './params.js';

export interface Advisory {
  /** JSON pointer into the body ('' for the root). */
  pointer: string;
  message: Message;
  /** The severity the consequence deserves ('error' only where the server drops or misfiles the data). */
  severity: Severity;
  /** The disagreement between Adobe's pages behind the advisory (docs/contradictions.md), when there is one. */
  contradiction?: ContradictionId;
}

/**
 * What every check returns when it finds nothing, which is nearly always: one shared empty list,
 * because these run on every call and an array each would be most of their cost.
 */
export const NO_ADVISORIES: readonly Advisory[] = Object.freeze([]);

const NO_KEYS: ReadonlySet<string> = new Set();

/**
 * customMetadata keys with the `media.` prefix ("may overwrite" standard fields in Analytics
 * reporting) or the reserved `a.` prefix ("must not be used"), mc-api-custom-meta.md.
 */
export function customMetadataAdvisories(body: unknown): readonly Advisory[] {
  const meta = isObject(body) ? body['customMetadata'] : undefined;
  if (!isObject(meta)) return NO_ADVISORIES;
  let out: Advisory[] | undefined;
  for (const key of Object.keys(meta)) {
    if (key.startsWith('media.')) {
      (out ??= []).push({
        pointer: '/customMetadata/' + escapePointer(key),
        severity: 'warning',
        message: message('schema.advisory.media-prefix', { key }),
      });
    } else if (key.startsWith('a.')) {
      (out ??= []).push({
        pointer: '/customMetadata/' + escapePointer(key),
        severity: 'warning',
        contradiction: 'c2',
        message: message('schema.advisory.a-prefix', { key }),
      });
    }
  }
  return out ?? NO_ADVISORIES;
}

/**
 * qoeData keys other than the four media.qoe.* ones, those Adobe's SDKs send, and `accepted`. Adobe's 2018 schema sample forbids them,
 * but its own Timeline 2 sends `{"bitrate":10000}` (C7), so this is a warning, not a schema error.
 */
export function unknownQoeKeys(body: unknown, accepted: ReadonlySet<string> = NO_KEYS): readonly Advisory[] {
  const qoe = isObject(body) ? body['qoeData'] : undefined;
  if (!isObject(qoe)) return NO_ADVISORIES;
  let out: Advisory[] | undefined;
  for (const key of Object.keys(qoe)) {
    if (qoeSpec(key) || isSdkQoeKey(key) || accepted.has(key)) continue;
    (out ??= []).push({
      pointer: '/qoeData/' + escapePointer(key),
      severity: 'warning',
      contradiction: 'c7',
      message: message('schema.advisory.unknown-qoe-key', { key, keys: QOE_KEYS, ...qoeSuggestion(key) }),
    });
  }
  return out ?? NO_ADVISORIES;
}

/**
 * params keys the catalog does not document on `eventType`, leaving out those Adobe's SDKs send
 * and those in `accepted` (names a team told us it uses). The schemas accept them (params is
 * open) because the real schemas are not public, but the server may reject them.
 */
export function unknownParams(eventType: EventType, params: unknown, accepted: ReadonlySet<string> = NO_KEYS): readonly Advisory[] {
  if (!isObject(params)) return NO_ADVISORIES;
  let out: Advisory[] | undefined;
  for (const key of Object.keys(params)) {
    if (paramSpec(eventType, key) || isSdkParam(eventType, key) || accepted.has(key)) continue;
    const pointer = '/params/' + escapePointer(key);
    const qoe = qoeSpec(key);
    if (qoe) {
      (out ??= []).push({
        pointer,
        severity: 'warning',
        contradiction: 'c7',
        message: message('schema.advisory.qoe-in-params', { key }),
      });
      continue;
    }
    const elsewhere = findParam(key);
    if (elsewhere) {
      const c10 = key === 'media.ad.podFriendlyName' && eventType === 'adStart';
      (out ??= []).push({
        pointer,
        severity: 'warning',
        ...(c10 ? { contradiction: 'c10' } : {}),
        message: message(c10 ? 'schema.advisory.param-elsewhere-timelines' : 'schema.advisory.param-elsewhere', { key, on: elsewhere.on.join(', '), eventType }),
      });
      continue;
    }
    const documented = paramsOf(eventType).length > 0;
    (out ??= []).push({
      pointer,
      severity: 'warning',
      message: message(documented ? 'schema.advisory.undocumented-param' : 'schema.advisory.no-params-documented', { key, eventType }),
    });
  }
  return out ?? NO_ADVISORIES;
}

/**
 * Keys some pages require on `eventType` but the schema does not, because another page's example
 * omits them: C3 (sessionStart analytics/visitor keys, media.streamType), C10 (adStart
 * media.ad.playerName), C9 (error media.errorId / media.errorSource).
 * `params` may be undefined (an error event without params misses them all).
 */
export function missingAdvisoryParams(eventType: EventType, params: unknown): readonly Advisory[] {
  const advisory = ADVISORY_REQUIRED[eventType];
  if (!advisory) return NO_ADVISORIES;
  if (params !== undefined && !isObject(params)) return NO_ADVISORIES;
  let out: Advisory[] | undefined;
  for (const spec of advisory) {
    if (params !== undefined && spec.key in params) continue;
    (out ??= []).push({
      pointer: params === undefined ? '' : '/params',
      severity: spec.advisorySeverity ?? 'warning',
      ...(spec.contradiction ? { contradiction: spec.contradiction } : {}),
      // Every advisory key has its finding (params.test.ts checks).
      message: message(spec.whenMissing!, { eventType, key: spec.key }),
    });
  }
  return out ?? NO_ADVISORIES;
}

/**
 * QoE values an event should carry but the schema cannot require: bitrate-change.md asks for the
 * new bitrate in qoeData so the backend can compute Average bitrate.
 */
export function missingAdvisoryQoe(eventType: EventType, body: unknown): readonly Advisory[] {
  const keys = ADVISORY_QOE[eventType];
  if (!keys || !isObject(body)) return NO_ADVISORIES;
  const qoe = body['qoeData'];
  const params = body['params'];
  let out: Advisory[] | undefined;
  for (const key of keys) {
    if (isObject(qoe) && key in qoe) continue;
    const inParams = isObject(params) && key in params;
    (out ??= []).push({
      pointer: isObject(qoe) ? '/qoeData' : '',
      severity: 'warning',
      ...(inParams ? { contradiction: 'c7' } : {}),
      message: message(inParams ? 'schema.advisory.bitrate-in-params' : 'schema.advisory.bitrate-missing', { eventType, key }),
    });
  }
  return out ?? NO_ADVISORIES;
}

/**
 * Documented string values outside the docs' recommended lists (accepted by the server):
 * media.contentType (C13: lowercase list of content-type.md vs "Live", "VOD", "Linear" of
 * req-params) and media.showType ("0" to "3").
 */
export function unrecommendedValues(eventType: EventType, params: unknown): readonly Advisory[] {
  const specs = RECOMMENDED_VALUE_PARAMS[eventType];
  if (specs === undefined || !isObject(params)) return NO_ADVISORIES;
  let out: Advisory[] | undefined;
  for (let i = 0; i < specs.length; i++) {
    const spec = specs[i]!;
    const value = params[spec.key];
    if (typeof value !== 'string' || spec.recommended.includes(value)) continue;
    const caseMatch = spec.recommended.find((r) => r.toLowerCase() === value.toLowerCase());
    (out ??= []).push({
      pointer: '/params/' + escapePointer(spec.key),
      severity: 'info',
      ...(spec.contradiction ? { contradiction: spec.contradiction } : {}),
      message: caseMatch
        ? message('schema.advisory.value-case', { key: spec.key, value: JSON.stringify(value), recommended: JSON.stringify(caseMatch) })
        : message(spec.key === 'media.contentType' ? 'schema.advisory.content-type-custom' : 'schema.advisory.value-not-listed', {
            key: spec.key,
            value: JSON.stringify(value),
            values: spec.recommended.map((r) => JSON.stringify(r)).join(', '),
          }),
    });
  }
  return out ?? NO_ADVISORIES;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function escapePointer(s: string): string {
  return s.replace(/~/g, '~0').replace(/\//g, '~1');
}
