import type { CallEntry } from '../messaging/entry.js';
import { summarizeCall } from './call-summary.js';

/**
 * Each session's span of player time, what sessionDurationMs measures of its calls, kept as calls
 * join their sessions: the session list's lengths then cost the calls that arrived, never a pass
 * over every call of the tab (80,000 of them once a large file is in). A span only grows; when a
 * call leaves its session, moves to another or changes its time, every span is measured again
 * from the calls the next time one is read.
 */
export class SessionSpans {
  private readonly spans = new Map<string, { first: number; last: number }>();
  private stale = false;

  /** `entry`, a call of the list, belongs to session `key` (told again, it changes nothing). */
  add(key: string, entry: CallEntry): void {
    if (this.stale) return;
    const at = summarizeCall(entry).playerTime;
    const span = this.spans.get(key);
    if (!span) this.spans.set(key, { first: at, last: at });
    else if (at < span.first) span.first = at;
    else if (at > span.last) span.last = at;
  }

  /** Something happened that a span cannot follow by growing. */
  invalidate(): void {
    this.stale = true;
    this.spans.clear();
  }

  /** The session's length in ms, 0 without calls; `calls` gives every call of the list with its session, should the spans be measured again. */
  durationOf(key: string, calls: () => Iterable<[string, CallEntry]>): number {
    if (this.stale) {
      this.stale = false;
      for (const [k, entry] of calls()) this.add(k, entry);
    }
    const span = this.spans.get(key);
    return span ? span.last - span.first : 0;
  }
}
