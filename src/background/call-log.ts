import type { CallFindings } from '../core/finding.js';
import { compareEntries, entryId, type CallEntry, type NavigationEntry, type TabEntry } from '../messaging/entry.js';
import type { SessionsUpdate } from '../messaging/protocol.js';
import { isQuotaError, type SessionArea } from './session-area.js';
import { BOOTS_KEY, droppedKey, recordIdOf, recordKey } from './storage-keys.js';
import { keysOf, readStoredTabs, settled, storedVersion, type Outcome, type SettleRecord } from './stored-records.js';
import { TabLog } from './tab-log.js';
import { report } from './report.js';
import { markStage } from './timing.js';

export type { Outcome } from './stored-records.js';

/** What the log tells the rest of the background (the panel ports and the badge) after each change. */
export interface LogListener {
  entries(tabId: number, entries: TabEntry[]): void;
  findings(tabId: number, changed: CallFindings[]): void;
  dropped(tabId: number, count: number, removedIds: string[]): void;
  cleared(tabId: number): void;
  errorCount(tabId: number, count: number): void;
  /** Sessions changed; sent at most every SESSIONS_INTERVAL_MS per tab, so bursts cost one update. */
  sessions?(tabId: number, update: SessionsUpdate): void;
}

const SESSIONS_INTERVAL_MS = 100;

export interface TabSnapshot extends SessionsUpdate {
  entries: TabEntry[];
  findings: CallFindings[];
  dropped: number;
}

/** Share of the largest tab's oldest entries dropped at a time when the quota is full. */
const EVICT_SHARE = 0.1;

/** Settled entries moved into one chunk key (see TabStorage). */
export const CHUNK_SIZE = 100;

/**
 * Every tab's calls, kept in storage.session with memory as a cache.
 *
 * Each event's write is issued the moment the event arrives, to a key of its own (a call's
 * request and its outcome are stored apart), so a worker stopped a moment later has already
 * handed it to the browser, and no write can overwrite another. The cache, the inspector and
 * the listeners are updated in the same turn, in event order; only until the cache has been
 * rebuilt from storage after a worker start are events held back. A write the quota refuses
 * is retried, one at a time, after dropping the oldest calls of the largest tab. Settled
 * entries are later moved into chunk keys, which a restarted worker reads back much faster.
 */
export class CallLog {
  private readonly tabs = new Map<number, TabLog>();
  private boots = 0;
  private held: Array<() => void> | undefined = [];
  private readonly loaded: Promise<void>;
  private roomQueue: Promise<unknown> = Promise.resolve();
  private readonly sessionTimers = new Map<number, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly area: SessionArea,
    private readonly listener: LogListener,
  ) {
    this.loaded = this.load().finally(() => {
      const held = this.held ?? [];
      this.held = undefined;
      for (const step of held) step();
    });
  }

  /** A request started; a redirect of the same request replaces it. */
  begin(tabId: number, entry: CallEntry): Promise<void> {
    const key = recordKey('request', tabId, entry.call.id);
    const written = this.area.set({ [key]: entry });
    return this.afterLoad(() => {
      const tab = this.tab(tabId);
      this.remember(tab, entry);
      return this.landed(written, tab, key, entry);
    });
  }

  /**
   * A response or a network failure arrived. `unseen` is the call as this event shows it, for
   * when its start was never recorded: better a call with its body marked withheld than none.
   */
  settle(tabId: number, callId: string, outcome: Outcome, settledAt: number, unseen: CallEntry): Promise<void> {
    const record: SettleRecord = { outcome, settledAt, unseen };
    const key = recordKey('settle', tabId, callId);
    const written = this.area.set({ [key]: record });
    return this.afterLoad(() => {
      const tab = this.tab(tabId);
      const known = tab.entries.get(callId);
      if (known?.kind === 'call' && known.settledAt !== undefined) return written;
      const entry = settled(known?.kind === 'call' ? known : unseen, record);
      this.remember(tab, entry);
      const errorsBefore = tab.errors;
      const changed = tab.inspect(entry.call);
      if (changed.length > 0) this.listener.findings(tabId, changed);
      if (tab.errors !== errorsBefore) this.listener.errorCount(tabId, tab.errors);
      this.scheduleSessions(tab);
      const done = this.landed(written, tab, key, record);
      if (tab.storage.settledOne(CHUNK_SIZE)) report(done.then(() => this.moveIntoChunks(tab)));
      return done;
    });
  }

  /** The tab loaded a new page: a marker between the old page's calls and the new one's. */
  navigate(tabId: number, marker: NavigationEntry): Promise<void> {
    return this.afterLoad(() => {
      const tab = this.tabs.get(tabId);
      if (!tab || tab.entries.size === 0) return Promise.resolve();
      const key = recordKey('navigation', tabId, marker.id);
      this.remember(tab, marker);
      return this.landed(this.area.set({ [key]: marker }), tab, key, marker);
    });
  }

  /** Shows the tab's error count again (after the browser reset the badge for a new page). */
  showBadge(tabId: number): Promise<void> {
    return this.afterLoad(async () => {
      const tab = this.tabs.get(tabId);
      if (tab && tab.errors > 0) this.listener.errorCount(tabId, tab.errors);
    });
  }

  /** Empties a tab (the user cleared it, or the tab closed). */
  clear(tabId: number): Promise<void> {
    return this.afterLoad(() => {
      const tab = this.tabs.get(tabId);
      if (!tab) return Promise.resolve();
      this.tabs.delete(tabId);
      this.listener.cleared(tabId);
      this.listener.errorCount(tabId, 0);
      return this.area.remove([...tab.storage.keysFor(tab.entries.values()), droppedKey(tabId)]);
    });
  }

  /** Calls `consumer` with the tab's state as the events so far left it. */
  read(tabId: number, consumer: (snapshot: TabSnapshot) => void): Promise<void> {
    return this.afterLoad(async () => {
      const tab = this.tabs.get(tabId);
      const sessions = tab?.allSessions() ?? { sessions: [], callSessions: {} };
      consumer({ entries: tab?.sorted() ?? [], findings: tab?.allFindings() ?? [], dropped: tab?.dropped ?? 0, ...sessions });
    });
  }

  private scheduleSessions(tab: TabLog): void {
    if (!this.listener.sessions || this.sessionTimers.has(tab.tabId)) return;
    this.sessionTimers.set(
      tab.tabId,
      setTimeout(() => {
        this.sessionTimers.delete(tab.tabId);
        if (this.tabs.get(tab.tabId) !== tab) return; // cleared meanwhile
        const update = tab.takeSessionsUpdate();
        if (update) this.listener.sessions?.(tab.tabId, update);
      }, SESSIONS_INTERVAL_MS),
    );
  }

  countBoot(): Promise<void> {
    return this.afterLoad(() => {
      this.boots += 1;
      return this.area.set({ [BOOTS_KEY]: this.boots });
    });
  }

  /** Runs `step` now, or, while the cache is being rebuilt, as soon as it is (in arrival order). */
  private afterLoad(step: () => Promise<unknown>): Promise<void> {
    if (!this.held) return step().then(() => undefined);
    return new Promise((resolve, reject) => this.held!.push(() => void step().then(() => resolve(), reject)));
  }

  private async load(): Promise<void> {
    const all = await this.area.get(null);
    markStage('mci:storage-read');
    const stored = readStoredTabs(all);
    markStage('mci:storage-parsed');
    for (const [tabId, tab] of stored) this.tabs.set(tabId, TabLog.restore(tabId, tab.entries, tab.dropped, tab.chunks));
    markStage('mci:restored');
    this.boots = Number(all[BOOTS_KEY]) || 0;
    const leftovers = [...stored.values()].flatMap((t) => t.leftovers);
    if (leftovers.length > 0) await this.area.remove(leftovers);
  }

  private tab(tabId: number): TabLog {
    let tab = this.tabs.get(tabId);
    if (!tab) this.tabs.set(tabId, (tab = new TabLog(tabId)));
    return tab;
  }

  private remember(tab: TabLog, entry: TabEntry): void {
    tab.put(entry);
    this.listener.entries(tab.tabId, [entry]);
  }

  /**
   * Waits for a write issued earlier; when the quota refused it, makes room and writes again.
   * Until then the entry stays out of chunks (a chunk must not hold what is still being written).
   */
  private async landed<T>(written: Promise<void>, tab: TabLog, key: string, value: T): Promise<void> {
    const id = recordIdOf(key);
    tab.storage.writing(id);
    try {
      try {
        return await written;
      } catch (error) {
        if (!isQuotaError(error)) throw error;
      }
      return await this.inRoomQueue(() => this.writeWithRoom(tab, key, value));
    } finally {
      tab.storage.landed(id);
    }
  }

  /**
   * Moves the tab's settled, written entries out of their own keys into chunks of CHUNK_SIZE,
   * oldest first. Each chunk is written before the keys it replaces are removed, so a worker
   * stopped in between leaves both, and the next start keeps the chunk and removes the rest.
   * Runs in the same queue as making room, so the two never interleave; a chunk the quota
   * refuses is simply not made.
   */
  private moveIntoChunks(tab: TabLog): Promise<void> {
    return this.inRoomQueue(async () => {
      if (this.tabs.get(tab.tabId) !== tab) return;
      const movable = tab
        .sorted()
        .filter((e) => (e.kind !== 'call' || e.settledAt !== undefined) && tab.storage.isMovable(entryId(e)));
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

  /** Runs `step` after every earlier step that makes room or moves entries, one at a time. */
  private inRoomQueue(step: () => Promise<void>): Promise<void> {
    const run = this.roomQueue.then(step);
    this.roomQueue = run.catch(() => undefined);
    return run;
  }

  private async writeWithRoom<T>(tab: TabLog, key: string, value: T): Promise<void> {
    const id = recordIdOf(key);
    for (;;) {
      // Dropped or cleared while it waited its turn: nothing to write any more.
      if (this.tabs.get(tab.tabId) !== tab || !tab.entries.has(id)) return;
      // Another write's turn may have made room already: retry before dropping anything.
      try {
        return await this.area.set({ [key]: value });
      } catch (error) {
        if (!isQuotaError(error)) throw error;
      }
      if (!(await this.evict(tab.tabId, id))) {
        const smaller = withoutBody(value);
        if (smaller === value) throw new Error(`No room in storage.session for ${key}, even after dropping every older call.`);
        value = smaller;
        const current = tab.entries.get(id);
        const { requestBody } = (smaller as CallEntry).call;
        if (current?.kind === 'call') this.remember(tab, { ...current, call: { ...current.call, requestBody } });
      }
    }
  }

  /** Drops the oldest settled entries of the largest tab (never `keepId`); false when none is left. */
  private async evict(keepTabId: number, keepId: string): Promise<boolean> {
    // A call still in flight is not dropped: its response would bring it back as a stranger.
    const droppable = (tab: TabLog) =>
      [...tab.entries.values()].filter(
        (e) => !(tab.tabId === keepTabId && entryId(e) === keepId) && (e.kind !== 'call' || e.settledAt !== undefined),
      );
    const largest = [...this.tabs.values()].filter((t) => droppable(t).length > 0).sort((a, b) => b.bytes - a.bytes)[0];
    if (!largest) return false;
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
    await this.area.remove(keys);
    await this.area.set({ [droppedKey(largest.tabId)]: largest.dropped });
    return true;
  }
}

/** Last resort for one call larger than the whole quota: keep the call, say its body was not kept. */
function withoutBody<T>(value: T): T {
  const entry = value as TabEntry;
  if (entry.kind !== 'call' || entry.call.requestBody.kind !== 'text') return value;
  const reason = `The body (${entry.call.requestBody.text.length} characters) was larger than the extension's session storage.`;
  return { ...entry, call: { ...entry.call, requestBody: { kind: 'withheld', reason } } } as T;
}
