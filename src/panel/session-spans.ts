import type { CallEntry, TabEntry } from '../messaging/entry.js';
import { summarizeCall } from './call-summary.js';
import type { EntryList } from './entry-list.js';

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

/**
 * The spans of the calls a list holds, each in the session the links give it: kept as calls
 * arrive or join their sessions, measured again from the whole list only when one leaves, moves
 * or changes its time.
 */
export class ListSpans {
  private readonly spans = new SessionSpans();

  constructor(
    private readonly list: EntryList,
    /** Call id → session key. */
    private readonly links: ReadonlyMap<string, string>,
  ) {}

  /** `batch` went into the list; `before[i]` is the version of `batch[i]` the list held until then. */
  upserted(batch: readonly TabEntry[], before: readonly (TabEntry | undefined)[]): void {
    let retimed = false;
    batch.forEach((e, i) => {
      if (e.kind !== 'call') return;
      const key = this.links.get(e.call.id);
      // Several versions of a call in one message: the one the list kept counts.
      if (key === undefined || this.list.get(e.call.id) !== e) return;
      const known = before[i];
      if (known?.kind === 'call' && summarizeCall(known).playerTime !== summarizeCall(e).playerTime) retimed = true;
      else this.spans.add(key, e);
    });
    if (retimed) this.measureAgain();
  }

  /** The call `id` now belongs to session `key`, and to `before` until then. */
  linked(id: string, key: string, before: string | undefined): 'moved' | 'added' {
    if (before !== undefined && before !== key) return 'moved';
    const entry = this.list.get(id);
    if (entry?.kind === 'call') this.spans.add(key, entry);
    return 'added';
  }

  /** Every span measured again from the calls of the list. */
  measureAgain(): void {
    const { list, links } = this;
    this.spans.reset(
      (function* () {
        for (const e of list.toArray()) {
          const key = e.kind === 'call' ? links.get(e.call.id) : undefined;
          if (key !== undefined) yield [key, e as CallEntry] as const;
        }
      })(),
    );
  }

  durationOf(key: string): number {
    return this.spans.durationOf(key);
  }
}
