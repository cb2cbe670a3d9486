import type { CallEntry } from '../messaging/entry.js';
import { summarizeCall } from './call-summary.js';

/**
 * A session's length as the player tells it: the span of its bodies' playerTime.ts, the clock
 * the timeline draws with, so the list and the timeline agree. Send times would count the time
 * a beacon waited, or calls queued and sent late, as viewing.
 */
export function sessionDurationMs(calls: readonly CallEntry[]): number {
  let first = Infinity;
  let last = -Infinity;
  for (const entry of calls) {
    const at = summarizeCall(entry).playerTime;
    if (at < first) first = at;
    if (at > last) last = at;
  }
  return calls.length === 0 ? 0 : last - first;
}
