import type { CallFindings } from '../core/finding.js';
import { rulesFor, type RuleSettings } from '../core/settings/rule-settings.js';
import { type CallEntry, type NavigationEntry, type TabEntry } from '../messaging/entry.js';
import type { NetworkCall, NetworkOutcome, NetworkRequestHalf, SessionsUpdate } from '../messaging/protocol.js';
import { NetworkFill } from './network-fill.js';
import { ClosedTabs } from './closed-tabs.js';
import { isQuotaError, type SessionArea } from './session-area.js';
import { BOOTS_KEY, droppedKey, RELOADED_KEY, recordIdOf, recordKey } from './storage-keys.js';
import { CHUNK_SIZE, StorageRoom, type RecordValue } from './storage-room.js';
import { fromStoredOutcome, toStored, toStoredCall, toStoredOutcome, type Outcome, type StoredCall } from './stored-entry.js';
import { readStoredTabs, settled, type SettleRecord } from './stored-records.js';
import { TabLog } from './tab-log.js';
import { TabVerdicts, type VerdictListener } from './tab-verdicts.js';
import { report } from './report.js';
import { markStage } from './timing.js';

export type { Outcome } from './stored-entry.js';
export { CHUNK_SIZE } from './storage-room.js';

/** What the log tells the rest of the background (the panel ports and the badge) after each change. */
export interface LogListener extends VerdictListener {
  entries(tabId: number, entries: TabEntry[]): void;
  dropped(tabId: number, count: number, removedIds: string[]): void;
  cleared(tabId: number): void;
  /** The tab closed: its calls are gone from the background; a panel showing it keeps what it has. */
  tabClosed?(tabId: number): void;
}

/**
 * How long a worker waits for the answers of calls that began before it started. Chrome can
 * hand the next worker the start of a call whose answer it had already given to a worker it
 * stopped, and lost with it: such a call would look as if its answer were still on its way,
 * forever. Still without one this long after, it is marked unanswered and judged on its request
 * (an answer that does come settles it as usual). The call that woke an idle worker began
 * before it too, and is answered well within this.
 */
export const HELD_OVER_MS = 5000;

export interface TabSnapshot extends SessionsUpdate {
  entries: TabEntry[];
  findings: CallFindings[];
  dropped: number;
  /** When the extension was last reloaded or updated, emptying what it had captured (epoch ms). */
  reloadedAt?: number;
}

/**
 * Every tab's calls, kept in storage.session with memory as a cache.
 *
 * Each event's write is issued the moment the event arrives, to a key of its own (a call's
 * request and its outcome are stored apart), so a worker stopped a moment later has already
 * handed it to the browser, and no write can overwrite another. The cache, the inspector and
 * the listeners are updated in the same turn, in event order; only until the cache has been
 * rebuilt from storage after a worker start are events held back. A write the quota refuses
 * is retried, one at a time, after dropping the oldest calls of the largest tab. Settled
 * entries are later moved into chunk keys, which a restarted worker reads back much faster
 * (both in StorageRoom).
 */
export class CallLog {
  private readonly tabs = new Map<number, TabLog>();
  private boots = 0;
  private reloadedAt: number | undefined;
  private readonly closedTabs = new ClosedTabs();
  private held: Array<() => void> | undefined = [];
  private readonly room: StorageRoom;
  private readonly verdicts: TabVerdicts;
  private readonly network: NetworkFill;
  /** When this worker started (epoch ms, the clock of webRequest's timeStamp). */
  private readonly startedAt = Date.now();

  /**
   * `settings`: the user's rule settings as stored when the worker started. Nothing is judged
   * before they are read: a restarted worker rebuilding its tabs with the default rules would
   * show, for a moment, verdicts the user had turned off.
   */
  constructor(
    private readonly area: SessionArea,
    private readonly listener: LogListener,
    private readonly settings: Promise<RuleSettings> = Promise.resolve({}),
  ) {
    this.verdicts = new TabVerdicts(listener, (tab) => this.tabs.get(tab.tabId) === tab);
    this.room = new StorageRoom(area, this.tabs, {
      dropped: (tabId, count, ids) => listener.dropped(tabId, count, ids),
      errorCount: (tabId, count) => listener.errorCount(tabId, count),
      replaced: (tab, entry) => this.remember(tab, entry),
    });
    this.network = new NetworkFill({
      area,
      tabs: this.tabs,
      tab: (tabId) => this.tab(tabId),
      remember: (tab, entry) => this.remember(tab, entry),
      landed: (written, tab, key, value) => this.landed(written, tab, key, value),
      judgeSettled: (tab, entry, written, key, record) => this.judgeSettled(tab, entry, written, key, record),
      begunAfterAnswer: (tab, known, entry, written, key, stored) => this.begunAfterAnswer(tab, known, entry, written, key, stored),
      judgeAgainSoon: (tab) => this.verdicts.judgeAgainSoon(tab),
      settledOne: (tab, done) => this.settledOne(tab, done),
    });
    // A failed read leaves an empty cache: the calls held meanwhile go on into it, and the
    // failure is said in the console, not left an uncaught rejection.
    const loaded = this.load().finally(() => {
      const held = this.held ?? [];
      this.held = undefined;
      for (const step of held) step();
    });
    report(loaded, 'could not read the calls stored before this worker started.');
  }

  /** Marks the calls begun before this worker that are still without an answer (HELD_OVER_MS). */
  markHeldOver(): Promise<void> {
    return this.afterLoad(async () => {
      for (const tab of this.tabs.values()) {
        let marked = false;
        for (const entry of [...tab.entries.values()]) {
          if (entry.kind !== 'call' || entry.settledAt !== undefined || entry.interrupted || entry.call.startedAt >= this.startedAt) continue;
          this.remember(tab, { ...entry, interrupted: true });
          marked = true;
        }
        if (marked) this.verdicts.judgeAgain(tab);
      }
    });
  }

  /** A request started; a redirect of the same request replaces it. */
  begin(tabId: number, entry: CallEntry): Promise<void> {
    if (this.closedTabs.has(tabId)) return Promise.resolve();
    const key = recordKey('request', tabId, entry.call.id);
    const stored = toStoredCall(entry);
    const written = this.area.set({ [key]: stored });
    return this.afterLoad(() => {
      const tab = this.tab(tabId);
      if (this.network.readWhole(tab, entry)) return written.then(() => this.area.remove(key));
      const known = tab.entries.get(entry.call.id);
      if (known?.kind === 'call' && known.settledAt !== undefined) return this.begunAfterAnswer(tab, known, entry, written, key, stored);
      this.remember(tab, entry);
      return this.landed(written, tab, key, stored);
    });
  }

  /**
   * A call's start reported after its answer: Chrome can hold the start event of a worker it
   * stopped for the next one and hand that one the answer first. The call keeps its answer (none
   * will come again), takes the request as sent, replacing the body the answer alone could not
   * tell, and the tab is judged again with that body; the panels are sent the settled call.
   */
  private async begunAfterAnswer(tab: TabLog, known: CallEntry, entry: CallEntry, written: Promise<void>, key: string, stored: StoredCall): Promise<void> {
    const { durationMs: _fromStart, ...outcome } = fromStoredOutcome(known.call);
    this.remember(tab, settled(entry, outcome, known.settledAt!, known.outcomeFrom));
    const judged = this.verdicts.judgeAgainSoon(tab);
    await Promise.all([this.landed(written, tab, key, stored), judged]);
    // Already moved into a chunk (without the body): a request key beside it would outlive a
    // clear of the tab, and bring the call back as unanswered at the next start.
    if (tab.storage.isChunked(entry.call.id)) await this.area.remove(key);
  }

  /**
   * A response or a network failure arrived. `unseen` is the call as this event shows it, for
   * when its start was never recorded: better a call with its body marked withheld than none.
   */
  settle(tabId: number, callId: string, outcome: Outcome, settledAt: number, unseen: CallEntry): Promise<void> {
    if (this.closedTabs.has(tabId)) return Promise.resolve();
    const record: SettleRecord = { outcome: toStoredOutcome(outcome), settledAt, unseen: toStoredCall(unseen) };
    const key = recordKey('settle', tabId, callId);
    const written = this.area.set({ [key]: record });
    return this.afterLoad(() => {
      const tab = this.tab(tabId);
      if (this.network.isReadWhole(tabId, callId)) return written.then(() => this.area.remove(key));
      const known = tab.entries.get(callId);
      if (known?.kind === 'call' && known.settledAt !== undefined) return written;
      return this.judgeSettled(tab, settled(known?.kind === 'call' ? known : unseen, outcome, settledAt), written, key, record);
    });
  }

  /** DevTools' network log answered a call whose outcome a stopped worker lost (see NetworkFill). */
  fillOutcome(tabId: number, callId: string, outcome: NetworkOutcome): Promise<void> {
    return this.afterLoad(() => this.network.fillOutcome(tabId, callId, outcome));
  }

  /** DevTools' network log holds the request of a call whose start a stopped worker lost (see NetworkFill). */
  fillRequest(tabId: number, callId: string, request: NetworkRequestHalf): Promise<void> {
    return this.afterLoad(() => this.network.fillRequest(tabId, callId, request));
  }

  /** DevTools' network log holds a whole call no worker heard of (see NetworkFill). */
  addFromNetwork(tabId: number, sent: NetworkCall): Promise<void> {
    if (this.closedTabs.has(tabId)) return Promise.resolve();
    return this.afterLoad(() => this.network.addFromNetwork(tabId, sent));
  }

  /** A call just settled: kept, judged, and its write seen through (then maybe moved into a chunk). */
  private judgeSettled(tab: TabLog, entry: CallEntry, written: Promise<void>, key: string, record: SettleRecord): Promise<void> {
    this.remember(tab, entry);
    const judged = this.verdicts.judgeSettled(tab, entry.call);
    const done = this.landed(written, tab, key, record);
    this.settledOne(tab, done);
    return judged ? Promise.all([done, judged]).then(() => undefined) : done;
  }

  /** One more call of the tab settled: when enough have, they are moved into a chunk once its write (`done`) landed. */
  private settledOne(tab: TabLog, done: Promise<void>): void {
    if (tab.storage.settledOne(CHUNK_SIZE)) report(done.then(() => this.room.moveIntoChunks(tab)));
  }

  /** The tab loaded a new page: a marker between the old page's calls and the new one's. */
  navigate(tabId: number, marker: NavigationEntry): Promise<void> {
    return this.afterLoad(() => {
      const tab = this.tabs.get(tabId);
      if (!tab || tab.entries.size === 0) return Promise.resolve();
      const key = recordKey('navigation', tabId, marker.id);
      const stored = toStored(marker);
      this.remember(tab, marker);
      return this.landed(this.area.set({ [key]: stored }), tab, key, stored);
    });
  }

  /**
   * DevTools read a Media Edge sessionStart's response: its session is linked by the id in it
   * exactly (or marked where its link by order disagrees), and the panels are sent the session.
   */
  linkEdgeSessionStart(tabId: number, callId: string, responseBody: string): Promise<void> {
    return this.afterLoad(async () => {
      const tab = this.tabs.get(tabId);
      if (!tab) return;
      tab.linkEdgeSessionStart(callId, responseBody);
      this.verdicts.noteSessions(tab);
    });
  }

  /** Shows the tab's error count again (after the browser reset the badge for a new page). */
  showBadge(tabId: number): Promise<void> {
    return this.afterLoad(async () => {
      const tab = this.tabs.get(tabId);
      if (tab && tab.errors > 0) this.listener.errorCount(tabId, tab.errors);
    });
  }

  /** Empties a tab: the user cleared it. */
  clear(tabId: number): Promise<void> {
    return this.afterLoad(() => {
      const tab = this.tabs.get(tabId);
      if (!tab) return Promise.resolve();
      this.listener.cleared(tabId);
      this.listener.errorCount(tabId, 0);
      return this.forget(tab);
    });
  }

  /**
   * The tab closed: its calls are removed, its panels told, and events that still come for it
   * (a call it left in flight fails after the close) are ignored.
   */
  closeTab(tabId: number): Promise<void> {
    this.closedTabs.add(tabId);
    return this.afterLoad(() => {
      this.listener.tabClosed?.(tabId);
      const tab = this.tabs.get(tabId);
      return tab ? this.forget(tab) : Promise.resolve();
    });
  }

  /** The extension was reloaded or updated (the browser emptied storage.session): panels say so from now on. */
  noteReload(at: number): Promise<void> {
    return this.afterLoad(() => {
      this.reloadedAt = at;
      return this.area.set({ [RELOADED_KEY]: at });
    });
  }

  private forget(tab: TabLog): Promise<void> {
    this.tabs.delete(tab.tabId);
    return this.area.remove([...tab.storage.keysFor(tab.entries.values()), droppedKey(tab.tabId)]);
  }

  /**
   * The user changed the settings: every tab is judged again under them, and the badge and the
   * open panels are told the new findings and session counts.
   */
  applySettings(settings: RuleSettings): Promise<void> {
    return this.afterLoad(async () => {
      this.verdicts.rules = rulesFor(settings);
      for (const tab of this.tabs.values()) this.verdicts.judgeAgain(tab);
    });
  }

  /** Calls `consumer` with the tab's state as the events so far left it. */
  read(tabId: number, consumer: (snapshot: TabSnapshot) => void): Promise<void> {
    return this.afterLoad(async () => {
      const tab = this.tabs.get(tabId);
      const sessions = tab?.allSessions() ?? { sessions: [], callSessions: {} };
      const snapshot: TabSnapshot = { entries: tab?.sorted() ?? [], findings: tab?.allFindings() ?? [], dropped: tab?.dropped ?? 0, ...sessions };
      if (this.reloadedAt !== undefined) snapshot.reloadedAt = this.reloadedAt;
      consumer(snapshot);
    });
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
    // Settings that cannot be read (storage.sync unavailable) leave the defaults: capture goes on.
    const [all, settings] = await Promise.all([this.area.get(null), this.settings.catch((): RuleSettings => ({}))]);
    this.verdicts.rules = rulesFor(settings);
    markStage('mci:storage-read');
    const stored = readStoredTabs(all);
    markStage('mci:storage-parsed');
    for (const [tabId, tab] of stored) {
      const log = TabLog.restore(tabId, tab.entries, tab.dropped, tab.chunks, this.verdicts.rules);
      this.tabs.set(tabId, log);
      this.network.restored(log);
    }
    markStage('mci:restored');
    this.boots = Number(all[BOOTS_KEY]) || 0;
    if (typeof all[RELOADED_KEY] === 'number') this.reloadedAt = all[RELOADED_KEY];
    const leftovers = [...stored.values()].flatMap((t) => t.leftovers);
    if (leftovers.length > 0) await this.area.remove(leftovers);
  }

  private tab(tabId: number): TabLog {
    let tab = this.tabs.get(tabId);
    if (!tab) this.tabs.set(tabId, (tab = new TabLog(tabId, undefined, this.verdicts.rules)));
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
  private async landed(written: Promise<void>, tab: TabLog, key: string, value: RecordValue): Promise<void> {
    const id = recordIdOf(key);
    tab.storage.writing(id);
    try {
      try {
        return await written;
      } catch (error) {
        if (!isQuotaError(error)) throw error;
      }
      return await this.room.writeWithRoom(tab, key, value);
    } finally {
      tab.storage.landed(id);
    }
  }
}

