import type { CapturedCall } from './call.js';
import type { ApiCall } from './classify.js';
import { EVENT_TYPES, isEventType, type EventType } from './event-types.js';
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

/** 0 stands for a body with no documented eventType. */
const EVENT_INDEX: ReadonlyMap<string, number> = new Map(EVENT_TYPES.map((t, i) => [t, i + 1]));

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

/** The body's eventType when it is a documented one, whatever else is wrong with the body. */
export function bodyEventType(body: ParsedBody): EventType | undefined {
  if (body.kind !== 'json' || !isObject(body.value)) return undefined;
  const type = body.value['eventType'];
  return isEventType(type) ? type : undefined;
}

export class CallRuleDispatch {
  /** Indexed by event type and traits: the indices of the rules to run, in registry order. */
  private readonly lists: (readonly number[] | undefined)[] = [];
  private readonly traitMasks: number[];

  constructor(private readonly rules: readonly CallRule[]) {
    this.traitMasks = rules.map((r) => (r.triggers?.traits ?? []).reduce((m, t) => m | TRAIT_BITS[t], 0));
  }

  rulesFor(traits: number, eventType: EventType | undefined): readonly number[] {
    const key = (eventType === undefined ? 0 : EVENT_INDEX.get(eventType)!) * TRAIT_COMBINATIONS + traits;
    return (this.lists[key] ??= this.work(traits, eventType));
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

const byEventType = new WeakMap<readonly SequenceRule[], ReadonlyMap<EventType, readonly number[]>>();

/** For each event type, the indices of the sequence rules that read it, in registry order. */
export function sequenceRulesByEventType(rules: readonly SequenceRule[]): ReadonlyMap<EventType, readonly number[]> {
  let lists = byEventType.get(rules);
  if (!lists) {
    lists = new Map(EVENT_TYPES.map((type) => [type, rules.flatMap((r, i) => (!r.eventTypes || r.eventTypes.includes(type) ? [i] : []))]));
    byEventType.set(rules, lists);
  }
  return lists;
}
