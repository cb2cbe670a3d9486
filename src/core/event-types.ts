/** Every eventType the documentation's event pages list, 20 types (docs/contradictions.md#c9). */
export const EVENT_TYPES = [
  'sessionStart',
  'play',
  'ping',
  'bitrateChange',
  'bufferStart',
  'pauseStart',
  'adBreakStart',
  'adStart',
  'adComplete',
  'adSkip',
  'adBreakComplete',
  'chapterStart',
  'chapterSkip',
  'chapterComplete',
  'error',
  'sessionEnd',
  'sessionComplete',
  'stateStart',
  'stateEnd',
  'statesUpdate',
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

const INDEX: ReadonlyMap<string, number> = new Map(EVENT_TYPES.map((t, i) => [t, i]));

/**
 * The position of a documented eventType in EVENT_TYPES, or -1. The inspector looks a body's
 * eventType up once with this and indexes every per-type table (validators, rules) by it, rather
 * than paying a hash lookup per table per call.
 */
export function eventTypeIndex(value: unknown): number {
  if (typeof value !== 'string') return -1;
  const i = INDEX.get(value);
  return i === undefined ? -1 : i;
}
