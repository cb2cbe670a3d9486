import type { CapturedCall } from './call.js';
import type { ApiCall } from './classify.js';
import { answersWithContent } from './edge/classify-edge.js';
import { EVENT_TYPES } from './event-types.js';
import { isObject, type MediaEvent, type ParsedBody } from './media-event.js';
import type { CallRule, CallTrait, Lateness, SequenceRule } from './rules/rule.js';

/**
 * Which rules run on which calls. Rules declare what they look at (CallRule.triggers,
 * SequenceRule.eventTypes); the rules for each kind of call are worked out once, as masks, so
 * that a call costs only the rules that can have something to say about it.
 */

/** Each trait's bit in a call's traits (see CallTrait), named so callTraits reads as the list. */
const UNUSUAL_OUTCOME = 1 << 0;
const SESSIONS_ENDPOINT = 1 << 1;
const BODY_NOT_JSON = 1 << 2;
const PARAMS = 1 << 3;
const QOE_DATA = 1 << 4;
const CUSTOM_METADATA = 1 << 5;
const LATE = 1 << 6;
const SCHEMA_ISSUES = 1 << 7;
const TRAIT_COMBINATIONS = 1 << 8;

/** The bit of each trait a rule's triggers can name. */
const TRAIT_BITS: Readonly<Record<CallTrait, number>> = {
  'unusual-outcome': UNUSUAL_OUTCOME,
  'sessions-endpoint': SESSIONS_ENDPOINT,
  'body-not-json': BODY_NOT_JSON,
  params: PARAMS,
  qoeData: QOE_DATA,
  customMetadata: CUSTOM_METADATA,
  late: LATE,
  'schema-issues': SCHEMA_ISSUES,
};

/**
 * The traits of one call, as bits. `params`, `qoeData` and `customMetadata` are read from the
 * event when there is one (it holds them when they are objects, the only case the rules that ask
 * for them look into), so the body is not searched for them twice.
 */
export function callTraits(
  call: CapturedCall,
  api: ApiCall,
  body: ParsedBody,
  event: MediaEvent | undefined,
  late: Lateness | undefined,
  schemaIssues: readonly unknown[],
): number {
  let bits = 0;
  if (call.networkError !== undefined || call.status !== documentedSuccess(api)) bits |= UNUSUAL_OUTCOME;
  if (api.kind === 'sessions') bits |= SESSIONS_ENDPOINT;
  if (body.kind !== 'json') bits |= BODY_NOT_JSON;
  else if (event !== undefined) {
    if (event.params !== undefined) bits |= PARAMS;
    if (event.qoeData !== undefined) bits |= QOE_DATA;
    if (event.customMetadata !== undefined) bits |= CUSTOM_METADATA;
  } else if (isObject(body.value)) {
    const value = body.value;
    if (value['params'] !== undefined) bits |= PARAMS;
    if (value['qoeData'] !== undefined) bits |= QOE_DATA;
    if (value['customMetadata'] !== undefined) bits |= CUSTOM_METADATA;
  }
  if (late !== undefined) bits |= LATE;
  if (schemaIssues.length !== 0) bits |= SCHEMA_ISSUES;
  return bits;
}

/** The status an endpoint answers when all is well: 201 for the sessions call, 200 for a Media Edge call with content, else 204. */
function documentedSuccess(api: ApiCall): number {
  if (api.kind === 'edge') return answersWithContent(api) ? 200 : 204;
  return api.kind === 'sessions' ? 201 : 204;
}

/** The most rules of each kind (call, sequence) the inspector runs: each is one bit of a mask. */
export const MAX_RULES = 31;

/** The rules of `rules` for which `runs` holds, as a mask: bit i is rule i. */
function maskOf<R>(rules: readonly R[], runs: (rule: R, i: number) => boolean): number {
  let mask = 0;
  for (let i = 0; i < rules.length; i++) if (runs(rules[i]!, i)) mask |= 1 << i;
  return mask;
}

/** The masks `build` works out for a rule list, once per list. */
function cachedMasks<R extends CallRule | SequenceRule>(
  cache: WeakMap<readonly R[], readonly number[]>,
  rules: readonly R[],
  build: () => number[],
): readonly number[] {
  if (rules.length > MAX_RULES) throw new Error(`at most ${MAX_RULES} ${rules[0]!.kind} rules, got ${rules.length}`);
  let masks = cache.get(rules);
  if (!masks) cache.set(rules, (masks = build()));
  return masks;
}

const callMasks = new WeakMap<readonly CallRule[], readonly number[]>();

/**
 * For each event type (by its position in EVENT_TYPES, shifted by one so that -1, a body without
 * a documented one, comes first) and each combination of traits, the call rules to run, as a
 * mask: bit i is rule i of `rules`. Worked out once per rule list, for all 5,376 kinds of call.
 */
export function callRuleMasks(rules: readonly CallRule[]): readonly number[] {
  return cachedMasks(callMasks, rules, () => {
    const traitMasks = rules.map((r) => (r.triggers?.traits ?? []).reduce((m, t) => m | TRAIT_BITS[t], 0));
    const masks: number[] = [];
    for (let typeIndex = -1; typeIndex < EVENT_TYPES.length; typeIndex++) {
      const eventType = typeIndex < 0 ? undefined : EVENT_TYPES[typeIndex]!;
      for (let traits = 0; traits < TRAIT_COMBINATIONS; traits++) {
        masks.push(
          maskOf(rules, ({ triggers: t }, i) => !t || (traitMasks[i]! & traits) !== 0 || (eventType !== undefined && t.eventTypes?.includes(eventType) === true)),
        );
      }
    }
    return masks;
  });
}

/** The call rules to run on a call, as a mask over the rule list `masks` was made from. */
export function callRulesFor(masks: readonly number[], traits: number, typeIndex: number): number {
  return masks[(typeIndex + 1) * TRAIT_COMBINATIONS + traits]!;
}

const sequenceMasks = new WeakMap<readonly SequenceRule[], readonly number[]>();

/**
 * For each event type, by its position in EVENT_TYPES, the sequence rules that read it, as a
 * mask: bit i is rule i of `rules`.
 */
export function sequenceRuleMasksByEventType(rules: readonly SequenceRule[]): readonly number[] {
  return cachedMasks(sequenceMasks, rules, () => EVENT_TYPES.map((type) => maskOf(rules, (r) => !r.eventTypes || r.eventTypes.includes(type))));
}
