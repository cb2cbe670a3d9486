import { compareEntries, entryId, type TabEntry } from '../messaging/entry.js';

/**
 * The tab's entries in list order, kept sorted as they arrive instead of sorted again on every
 * message. Live calls come last (appended), the parts of a snapshot come newest first (each is
 * put before the rest), and a call that settles keeps its place (replaced where it is), so an
 * update costs the size of what arrived, not of the whole tab.
 */
export class EntryList {
  private list: TabEntry[] = [];
  private readonly byId = new Map<string, TabEntry>();
  private calls = 0;

  get(id: string): TabEntry | undefined {
    return this.byId.get(id);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** How many of the entries are calls (the rest are navigation markers). */
  get callCount(): number {
    return this.calls;
  }

  /**
   * The entries in list order, as a new array each time: a copy of the pointers only
   * (microseconds for 10,000), so the list can be handed out while this one keeps changing.
   */
  toArray(): TabEntry[] {
    return this.list.slice();
  }

  /** Adds new entries and replaces known ones (same id). */
  upsert(batch: readonly TabEntry[]): void {
    const latest = new Map<string, TabEntry>();
    for (const e of batch) latest.set(entryId(e), e);
    const fresh: TabEntry[] = [];
    for (const [id, e] of latest) {
      const known = this.byId.get(id);
      if (!known) fresh.push(e);
      else this.replace(known, e);
    }
    if (fresh.length === 0) return;
    fresh.sort(compareEntries);
    for (const e of fresh) {
      this.byId.set(entryId(e), e);
      if (e.kind === 'call') this.calls++;
    }
    const list = this.list;
    if (list.length === 0 || compareEntries(fresh[0]!, list[list.length - 1]!) > 0) for (const e of fresh) list.push(e);
    else if (compareEntries(fresh[fresh.length - 1]!, list[0]!) < 0) this.list = fresh.concat(list);
    else this.list = merge(list, fresh);
  }

  remove(ids: readonly string[]): void {
    const gone = new Set(ids.filter((id) => this.byId.has(id)));
    if (gone.size === 0) return;
    for (const id of gone) {
      if (this.byId.get(id)!.kind === 'call') this.calls--;
      this.byId.delete(id);
    }
    this.list = this.list.filter((e) => !gone.has(entryId(e)));
  }

  clear(): void {
    this.list = [];
    this.byId.clear();
    this.calls = 0;
  }

  /** A changed entry keeps its place: its start time and id, which order the list, do not change. */
  private replace(known: TabEntry, next: TabEntry): void {
    this.byId.set(entryId(next), next);
    const at = this.indexOf(known);
    if (compareEntries(known, next) === 0) {
      this.list[at] = next;
      return;
    }
    // Not expected (the browsers keep a request's start), but never leave the list out of order.
    this.list.splice(at, 1);
    const to = lowerBound(this.list, next);
    this.list.splice(to, 0, next);
  }

  private indexOf(entry: TabEntry): number {
    const at = lowerBound(this.list, entry);
    return this.list[at] === entry ? at : this.list.indexOf(entry);
  }
}

/** The first index whose entry does not sort before `entry`. */
function lowerBound(list: readonly TabEntry[], entry: TabEntry): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareEntries(list[mid]!, entry) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * `fresh` (sorted) merged into `list`: each fresh entry's place found by galloping from the
 * previous one's (steps of 1, 2, 4… then a binary search within the last step), the entries of
 * the list between them copied one by one. A file imported beside a long list, whose calls fall
 * all over it, costs about fresh × log(gap) comparisons and one copy of the list: neither a
 * comparison per entry of the list nor a binary search over all of it per fresh entry.
 */
function merge(list: readonly TabEntry[], fresh: readonly TabEntry[]): TabEntry[] {
  const out: TabEntry[] = [];
  let from = 0;
  for (const entry of fresh) {
    const at = gallop(list, entry, from);
    for (let i = from; i < at; i++) out.push(list[i]!);
    out.push(entry);
    from = at;
  }
  for (let i = from; i < list.length; i++) out.push(list[i]!);
  return out;
}

/** The first index at or after `from` whose entry sorts after `entry` (a tie keeps the listed entry first). */
function gallop(list: readonly TabEntry[], entry: TabEntry, from: number): number {
  let lo = from;
  let hi = from;
  for (let step = 1; hi < list.length && compareEntries(list[hi]!, entry) <= 0; step *= 2) {
    lo = hi + 1;
    hi = from + step;
  }
  hi = Math.min(hi, list.length);
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareEntries(list[mid]!, entry) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
