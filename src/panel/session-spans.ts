import type { CallEntry } from '../messaging/entry.js';
import { summarizeCall } from './call-summary.js';

/**
 * Each session's length as the session list shows it: the span of its bodies' playerTime.ts, the
 * clock the timeline draws with (send times would count the time a beacon waited, or calls queued
 * and sent late, as viewing). Kept as calls join their sessions: the lengths then cost the calls
 * that arrived, never a pass over every call of the tab (80,000 of them once a large file is in)
 * when they are shown. A span only grows: when a call leaves its session, moves to another or
 * changes its time, the spans are measured again from all the calls (`reset`), as taking calls
 * out costs a pass over the list anyway.
 */
export class SessionSpans {
  private readonly spans = new Map<string, { first: number; last: number }>();

  /** `entry`, a call of the list, belongs to session `key` (told again, it changes nothing). */
  add(key: string, entry: CallEntry): void {
    const at = summarizeCall(entry).playerTime;
    const span = this.spans.get(key);
    if (!span) this.spans.set(key, { first: at, last: at });
    else if (at < span.first) span.first = at;
    else if (at > span.last) span.last = at;
  }

  /** Every span measured again from `calls`: each call of the list with its session. */
  reset(calls: Iterable<readonly [string, CallEntry]>): void {
    this.spans.clear();
    for (const [key, entry] of calls) this.add(key, entry);
  }

  /** The session's length in ms: the span of its calls' player times, 0 without calls. */
  durationOf(key: string): number {
    const span = this.spans.get(key);
    return span ? span.last - span.first : 0;
  }
}
