import { eventTypeIndex } from '../event-types.js';

/**
 * The Media Edge API's endpoints, `POST …/va/v1/{action}` (the OpenAPI file lists these 19).
 * Every action but `downloaded` is one of the media events the rules already judge; `downloaded`
 * carries a whole offline session's events in one call.
 */
export const EDGE_ACTIONS = [
  'sessionStart',
  'sessionComplete',
  'sessionEnd',
  'play',
  'ping',
  'pauseStart',
  'bufferStart',
  'bitrateChange',
  'adBreakStart',
  'adBreakComplete',
  'adStart',
  'adComplete',
  'adSkip',
  'chapterStart',
  'chapterComplete',
  'chapterSkip',
  'error',
  'statesUpdate',
  'downloaded',
] as const;

export type EdgeAction = (typeof EDGE_ACTIONS)[number];

const ACTIONS: ReadonlySet<string> = new Set(EDGE_ACTIONS);

export function isEdgeAction(s: string): s is EdgeAction {
  return ACTIONS.has(s);
}

/** The prefix of every Media Edge `xdm.eventType`: `media.adStart` is the event `adStart`. */
export const MEDIA_PREFIX = 'media.';

/**
 * The position in EVENT_TYPES of the event an `xdm.eventType` names (`media.adStart` → adStart),
 * or -1 when it names none (no `media.` prefix, `media.downloaded`, an unknown name).
 */
export function edgeEventTypeIndex(xdmEventType: unknown): number {
  if (typeof xdmEventType !== 'string' || !xdmEventType.startsWith(MEDIA_PREFIX)) return -1;
  return eventTypeIndex(xdmEventType.slice(MEDIA_PREFIX.length));
}
