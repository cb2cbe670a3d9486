/** Every eventType the documentation lists (mc-api-rules.md §3, 20 types). */
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

const known: ReadonlySet<string> = new Set(EVENT_TYPES);

export function isEventType(value: unknown): value is EventType {
  return typeof value === 'string' && known.has(value);
}
