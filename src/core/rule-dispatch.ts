import type { CapturedCall } from './call.js';
import type { ApiCall } from './classify.js';
import { EVENT_TYPES, eventTypeIndex, type EventType } from './event-types.js';
import { isObject, type MediaEvent, type ParsedBody } from './media-event.js';
import type { CallRule, CallTrait, Lateness, SequenceRule } from './rules/rule.js';

/**
 * Which rules run on which calls. Rules declare what they look at (CallRule.triggers,
 * SequenceRule.eventTypes); the lists of rules for each kind of call are worked out once, so
 * that a call costs only the rules that can have something to say about it.
 */

const TRAIT_BITS: Readonly<Record<CallTrait, number>> = {
  'unusual-outcome': 1,
  'sessions-endpoint': 2,
  'body-not-json': 4,
  params: 8,
  qoeData: 16,
  customMetadata: 32,
  late: 64,
};
const TRAIT_COMBINATIONS = 128;

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
): number {
  let bits = 0;
  if (call.networkError !== undefined || call.status !== (api.kind === 'sessions' ? 201 : 204)) bits |= 1;
  if (api.kind === 'sessions') bits |= 2;
  if (body.kind !== 'json') bits |= 4;
  else if (event !== undefined) {
    if (event.params !== undefined) bits |= 8;
    if (event.qoeData !== undefined) bits |= 16;
    if (event.customMetadata !== undefined) bits |= 32;
  } else if (isObject(body.value)) {
    const value = body.value;
    if (value['params'] !== undefined) bits |= 8;
    if (value['qoeData'] !== undefined) bits |= 16;
    if (value['customMetadata'] !== undefined) bits |= 32;
  }
  if (late !== undefined) bits |= 64;
  return bits;
}

/**
 * The position in EVENT_TYPES of the body's eventType when it is a documented one, whatever else
 * is wrong with the body; -1 otherwise.
 */
export function bodyEventTypeIndex(body: ParsedBody): number {
  if (body.kind !== 'json' || !isObject(body.value)) return -1;
  return eventTypeIndex(body.value['eventType']);
}

export class CallRuleDispatch {
  /**
   * Indexed by event type and traits: the indices of the rules to run, in registry order. Filled
   * up front: an empty array first written at index 384 is turned into a hash table by V8, and
   * this lookup runs on every call.
   */
  private readonly lists: (readonly number[] | undefined)[] = new Array<undefined>((EVENT_TYPES.length + 1) * TRAIT_COMBINATIONS).fill(undefined);
  private readonly traitMasks: number[];

  constructor(private readonly rules: readonly CallRule[]) {
    this.traitMasks = rules.map((r) => (r.triggers?.traits ?? []).reduce((m, t) => m | TRAIT_BITS[t], 0));
  }

  /** `typeIndex`: the eventType's position in EVENT_TYPES, -1 for a body without a documented one. */
  rulesFor(traits: number, typeIndex: number): readonly number[] {
    const key = (typeIndex + 1) * TRAIT_COMBINATIONS + traits;
    return (this.lists[key] ??= this.work(traits, typeIndex < 0 ? undefined : EVENT_TYPES[typeIndex]));
  }

  private work(traits: number, eventType: EventType | undefined): number[] {
    const out: number[] = [];
    this.rules.forEach((rule, i) => {
      const t = rule.triggers;
      if (!t || (this.traitMasks[i]! & traits) !== 0 || (eventType !== undefined && t.eventTypes?.includes(eventType))) out.push(i);
    });
    return out;
  }
}

/** The most sequence rules a tracker steps: each is one bit of a 32-bit mask. */
export const MAX_SEQUENCE_RULES = 31;

const byEventType = new WeakMap<readonly SequenceRule[], readonly number[]>();

/**
 * For each event type, by its position in EVENT_TYPES, the sequence rules that read it, as a
 * mask: bit i is rule i of `rules`.
 */
export function sequenceRuleMasksByEventType(rules: readonly SequenceRule[]): readonly number[] {
  if (rules.length > MAX_SEQUENCE_RULES) throw new Error(`at most ${MAX_SEQUENCE_RULES} sequence rules, got ${rules.length}`);
  let masks = byEventType.get(rules);
  if (!masks) {
    masks = EVENT_TYPES.map((type) => rules.reduce((m, r, i) => (!r.eventTypes || r.eventTypes.includes(type) ? m | (1 << i) : m), 0));
    byEventType.set(rules, masks);
  }
  return masks;
}
