import { compareEntries, entryId, type TabEntry } from '../messaging/entry.js';
import { isQuotaError, type SessionArea } from './session-area.js';
import { droppedKey, recordIdOf, recordKey } from './storage-keys.js';
import type { StoredCall, StoredEntry } from './stored-entry.js';
import { keysOf, REMOVED, storedVersion, type SettleRecord } from './stored-records.js';
import type { TabLog } from './tab-log.js';

/** Settled entries moved into one chunk key (see TabStorage). */
export const CHUNK_SIZE = 100;

/** What one event writes under its own key. */
export type RecordValue = StoredEntry | SettleRecord;

/** Share of the largest tab's oldest entries dropped at a time when the quota is full. */
const EVICT_SHARE = 0.1;

/** What making room tells the rest of the background. */
export interface RoomListener {
  dropped(tabId: number, count: number, removedIds: string[]): void;
  errorCount(tabId: number, count: number): void;
  /** An entry changed in memory (its body was given up to make it fit). */
  replaced(tab: TabLog, entry: TabEntry): void;
}

/**
 * The work that rewrites what is already stored: writing again after making room when the
 * quota refused a write, and moving settled entries into chunks. Both run in one queue, one
 * step at a time, so a move never copies what an eviction is removing, nor the other way round.
 */
export class StorageRoom {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly area: SessionArea,
    private readonly tabs: ReadonlyMap<number, TabLog>,
    private readonly listener: RoomListener,
  ) {}

  /** Writes `value` under `key` once there is room for it, dropping the oldest calls of the largest tab as needed. */
  writeWithRoom(tab: TabLog, key: string, value: RecordValue): Promise<void> {
    return this.inQueue(() => this.write(tab, key, value));
  }

  /**
   * Moves the tab's settled, written entries out of their own keys into chunks of CHUNK_SIZE,
   * oldest first. Each chunk is written before the keys it replaces are removed, so a worker
   * stopped in between leaves both, and the next start keeps the chunk and removes the rest.
   * A chunk the quota refuses is simply not made.
   */
  moveIntoChunks(tab: TabLog): Promise<void> {
    return this.inQueue(async () => {
      if (this.tabs.get(tab.tabId) !== tab) return;
      // A call known only by its answer stays in its own keys: a panel in DevTools may still
      // give it its request, and a chunk, never rewritten, would keep it without one.
      const movable = tab
        .sorted()
        .filter((e) => (e.kind !== 'call' || (e.settledAt !== undefined && !e.startUnseen)) && tab.storage.isMovable(entryId(e)));
      for (let i = 0; i + CHUNK_SIZE <= movable.length; i += CHUNK_SIZE) {
        const part = movable.slice(i, i + CHUNK_SIZE);
        const ids = part.map(entryId);
        const key = recordKey('chunk', tab.tabId, ids[0]!);
        const ownKeys = part.flatMap((e) => keysOf(tab.tabId, e));
        // The chunk replaces those keys, so it is made of what they hold, not of what this worker
        // remembers: a request that an earlier worker stored after this one started is in
        // storage only, and the chunk must not lose its body (this worker's memory keeps the
        // call as it judged it; the next start reads the body from the chunk).
        const stored = await this.area.get(ownKeys);
        if (this.tabs.get(tab.tabId) !== tab) return;
        const held = part.map((e) => storedVersion(tab.tabId, e, stored));
        // Known before it is written, so a clear meanwhile removes it too.
        tab.storage.addChunk(key, ids);
        try {
          await this.area.set({ [key]: held });
        } catch (error) {
          tab.storage.dropChunk(key);
          if (isQuotaError(error)) return;
          throw error;
        }
        if (this.tabs.get(tab.tabId) !== tab) return void (await this.area.remove(key));
        await this.area.remove(ownKeys);
      }
    });
  }

  /** Runs `step` after every earlier step, one at a time. */
  private inQueue(step: () => Promise<void>): Promise<void> {
    const run = this.queue.then(step);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * The room made for a write goes to storage in the same `set` as the write: the dropped
   * entries' keys overwritten with REMOVED and their tabs' new dropped counts, so a background
   * stopped at any point leaves each dropped call either still stored or counted, never neither
   * (a `remove` followed by a `set` of the count could be cut in between). The marked keys are
   * removed afterwards; marks a stopped background left are removed at the next start.
   */
  private async write(tab: TabLog, key: string, value: RecordValue): Promise<void> {
    const id = recordIdOf(key);
    const evictions: Eviction[] = [];
    for (;;) {
      const items = this.marks(evictions);
      // Dropped or cleared while it waited its turn: only the room made for it is left to store.
      if (this.tabs.get(tab.tabId) === tab && tab.entries.has(id)) items[key] = value;
      if (Object.keys(items).length === 0) return;
      // Another write's turn may have made room already: retry before dropping anything.
      try {
        await this.area.set(items);
        const marked = evictions.flatMap((e) => e.keys);
        if (marked.length > 0) await this.area.remove(marked);
        return;
      } catch (error) {
        if (!isQuotaError(error)) throw error;
      }
      const eviction = this.evict(tab.tabId, id);
      if (eviction) {
        evictions.push(eviction);
        continue;
      }
      const smaller = withoutBody(value);
      if (!smaller) {
        if (evictions.length > 0) await this.area.set(this.marks(evictions));
        throw new Error(`No room in storage.session for ${key}, even after dropping every older call.`);
      }
      value = smaller;
      const current = tab.entries.get(id);
      const { requestBody } = smaller;
      if (current?.kind === 'call') this.listener.replaced(tab, { ...current, call: { ...current.call, requestBody } });
    }
  }

  /** What the evictions leave to store: REMOVED over every dropped key, each tab's dropped count (tabs cleared since have nothing left). */
  private marks(evictions: readonly Eviction[]): Record<string, unknown> {
    const items: Record<string, unknown> = {};
    for (const { tab, keys } of evictions) {
      if (this.tabs.get(tab.tabId) !== tab) continue;
      for (const key of keys) items[key] = REMOVED;
      items[droppedKey(tab.tabId)] = tab.dropped;
    }
    return items;
  }

  /**
   * Drops the oldest settled entries of the largest tab (never `keepId`) from memory and tells the
   * panels; undefined when none is left. The caller stores what it returns (see write).
   */
  private evict(keepTabId: number, keepId: string): Eviction | undefined {
    // A call still in flight is not dropped: its response would bring it back as a stranger.
    const droppable = (tab: TabLog) =>
      [...tab.entries.values()].filter(
        (e) => !(tab.tabId === keepTabId && entryId(e) === keepId) && (e.kind !== 'call' || e.settledAt !== undefined),
      );
    const largest = [...this.tabs.values()].filter((t) => droppable(t).length > 0).sort((a, b) => b.bytes - a.bytes)[0];
    if (!largest) return undefined;
    const victims = droppable(largest).sort(compareEntries);
    const oldest = victims.slice(0, Math.max(1, Math.ceil(victims.length * EVICT_SHARE)));
    // A chunk goes whole: the entries stored with the oldest go with them.
    const ids = largest.storage.withChunkmates(oldest.map(entryId));
    const doomed = ids.map((id) => largest.entries.get(id)).filter((e): e is TabEntry => e !== undefined);
    const keys = largest.storage.keysFor(doomed);
    const errorsBefore = largest.errors;
    for (const id of ids) largest.remove(id);
    largest.storage.forget(ids);
    largest.dropped += doomed.filter((e) => e.kind === 'call').length;
    this.listener.dropped(largest.tabId, largest.dropped, ids);
    if (largest.errors !== errorsBefore) this.listener.errorCount(largest.tabId, largest.errors);
    return { tab: largest, keys };
  }
}

/** Entries dropped from a tab's memory whose keys are still to be marked in storage. */
interface Eviction {
  tab: TabLog;
  keys: string[];
}

/** Last resort for one call larger than the whole quota: keep the call, say its body was not kept (undefined: nothing left to give up). */
function withoutBody(value: RecordValue): StoredCall | undefined {
  if (!('kind' in value) || value.kind !== 'call' || value.requestBody.kind !== 'text') return undefined;
  const reason = `The body (${value.requestBody.text.length} characters) was larger than the extension's session storage.`;
  return { ...value, requestBody: { kind: 'withheld', reason } };
}
