import { candidateOf, matchRequest, outcomeKey, type CallCandidate, type SentRequest } from '../core/network-match.js';
import type { CallEntry } from '../messaging/entry.js';
import type { NetworkCall, NetworkOutcome, NetworkRequestHalf } from '../messaging/protocol.js';
import type { SessionArea } from './session-area.js';
import { recordKey } from './storage-keys.js';
import type { RecordValue } from './storage-room.js';
import { toStoredCall, toStoredOutcome, type StoredCall } from './stored-entry.js';
import { settled, type SettleRecord } from './stored-records.js';
import type { TabLog } from './tab-log.js';

/** What of the call log filling from DevTools' network log uses (call-log.ts gives it). */
export interface LogParts {
  area: SessionArea;
  tabs: ReadonlyMap<number, TabLog>;
  tab(tabId: number): TabLog;
  remember(tab: TabLog, entry: CallEntry): void;
  landed(written: Promise<void>, tab: TabLog, key: string, value: RecordValue): Promise<void>;
  judgeSettled(tab: TabLog, entry: CallEntry, written: Promise<void>, key: string, record: SettleRecord): Promise<void>;
  begunAfterAnswer(tab: TabLog, known: CallEntry, entry: CallEntry, written: Promise<void>, key: string, stored: StoredCall): Promise<void>;
  judgeAgainSoon(tab: TabLog): Promise<void>;
  settledOne(tab: TabLog, written: Promise<void>): void;
}

const FROM = 'devtools-network';

/**
 * What a panel open in DevTools fills from DevTools' network log, of the calls a stopped worker
 * lost part of: the outcome, the request, or the whole call (Chrome drops the events of a worker
 * it is stopping, and does not deliver them again). webRequest's own reports stay the source of
 * truth: only what the background lacks is taken, marked as read from DevTools.
 */
export class NetworkFill {
  /** `tabId:requestId` of calls whose start came after DevTools' log gave them whole (readWhole). */
  private readonly aliases = new Set<string>();
  /**
   * Tab → the ids of the calls added whole from DevTools, by this worker or (restored) an earlier
   * one: what a start arriving late is checked against; Chrome can hand a stopped worker's start
   * to the next one. Kept apart so that every other captured request costs a map lookup, not a
   * scan of its tab.
   */
  private readonly addedWhole = new Map<number, Set<string>>();

  constructor(private readonly log: LogParts) {}

  /** A tab rebuilt from storage: the calls an earlier worker added whole are noted. */
  restored(tab: TabLog): void {
    for (const e of tab.entries.values()) {
      if (e.kind === 'call' && e.requestFrom === FROM && e.outcomeFrom === FROM) this.noteWhole(tab.tabId, e.call.id);
    }
  }

  /**
   * A call whose outcome the browser reported to a background that was stopped (`interrupted`)
   * takes the outcome DevTools' log recorded, and is judged. Any other call is left as it is.
   */
  fillOutcome(tabId: number, callId: string, outcome: NetworkOutcome): Promise<void> {
    const tab = this.log.tabs.get(tabId);
    const known = tab?.entries.get(callId);
    if (!tab || known?.kind !== 'call' || !known.interrupted) return Promise.resolve();
    const settledAt = known.call.startedAt + outcome.durationMs;
    const record: SettleRecord = { outcome: toStoredOutcome(outcome), settledAt, unseen: toStoredCall(known), outcomeFrom: FROM };
    const key = recordKey('settle', tabId, callId);
    return this.log.judgeSettled(tab, settled(known, outcome, settledAt, FROM), this.log.area.set({ [key]: record }), key, record);
  }

  /**
   * A call the browser reported only the answer of (`startUnseen`) takes the request DevTools'
   * log recorded, and the tab is judged again. Any other call is left as it is, and so is one
   * whose body another call of the tab already carries: that request is the other call's.
   */
  fillRequest(tabId: number, callId: string, request: NetworkRequestHalf): Promise<void> {
    const tab = this.log.tabs.get(tabId);
    const known = tab?.entries.get(callId);
    if (!tab || known?.kind !== 'call' || !known.startUnseen || known.settledAt === undefined) return Promise.resolve();
    const { call } = known;
    const sent: SentRequest = { method: call.method, url: call.url, body: request.body, startedAt: call.startedAt };
    if (matchRequest(sent, candidates(tab, (e) => e.call.id !== callId && e.call.requestBody.kind !== 'withheld')) !== undefined) return Promise.resolve();
    const entry: CallEntry = {
      kind: 'call',
      resourceType: known.resourceType,
      requestFrom: FROM,
      call: { id: callId, method: call.method, url: call.url, startedAt: call.startedAt, requestBody: bodyOf(request.body) },
    };
    const key = recordKey('request', tabId, callId);
    const stored = toStoredCall(entry);
    return this.log.begunAfterAnswer(tab, known, entry, this.log.area.set({ [key]: stored }), key, stored);
  }

  /**
   * A whole call the browser reported to no running background is added, request and outcome
   * marked as read from DevTools, and the tab is judged again (the call is in the past). Nothing
   * is added for a request the tab already holds, whole or in part.
   */
  async addFromNetwork(tabId: number, sent: NetworkCall): Promise<void> {
    const tab = this.log.tab(tabId);
    const request: SentRequest = { method: sent.method, url: sent.url, body: sent.body, startedAt: sent.startedAt, endedAt: sent.startedAt + sent.outcome.durationMs };
    const outcome = outcomeKey(sent.outcome);
    if (outcome !== undefined) request.outcome = outcome;
    if (matchRequest(request, candidates(tab, () => true)) !== undefined) return;
    const begun: CallEntry = {
      kind: 'call',
      resourceType: sent.resourceType,
      requestFrom: FROM,
      call: { id: `devtools-${crypto.randomUUID()}`, method: sent.method, url: sent.url, startedAt: sent.startedAt, requestBody: bodyOf(sent.body) },
    };
    const requestKey = recordKey('request', tabId, begun.call.id);
    const stored = toStoredCall(begun);
    const requestWritten = this.log.area.set({ [requestKey]: stored });
    const settledAt = sent.startedAt + sent.outcome.durationMs;
    const record: SettleRecord = { outcome: toStoredOutcome(sent.outcome), settledAt, unseen: stored, outcomeFrom: FROM };
    const settleKey = recordKey('settle', tabId, begun.call.id);
    const settleWritten = this.log.area.set({ [settleKey]: record });
    this.log.remember(tab, settled(begun, sent.outcome, settledAt, FROM));
    this.noteWhole(tabId, begun.call.id);
    const judged = this.log.judgeAgainSoon(tab);
    const done = Promise.all([this.log.landed(requestWritten, tab, requestKey, stored), this.log.landed(settleWritten, tab, settleKey, record)]).then(() => undefined);
    this.log.settledOne(tab, done);
    await Promise.all([done, judged]);
  }

  /**
   * A call's start reported after DevTools' log gave the same request whole (addFromNetwork): the
   * call is there already. Its id is noted, so that its answer is not taken for another call.
   */
  readWhole(tab: TabLog, entry: CallEntry): boolean {
    const added = this.addedWhole.get(tab.tabId);
    if (!added) return false;
    const whole: CallCandidate[] = [];
    for (const id of added) {
      const e = tab.entries.get(id);
      if (e?.kind === 'call') whole.push(candidateOf(e.call));
      else added.delete(id); // dropped or cleared since
    }
    if (added.size === 0) this.addedWhole.delete(tab.tabId);
    if (whole.length === 0 || matchRequest(candidateOf(entry.call), whole) === undefined) return false;
    this.aliases.add(`${tab.tabId}:${entry.call.id}`);
    return true;
  }

  private noteWhole(tabId: number, callId: string): void {
    const added = this.addedWhole.get(tabId) ?? new Set<string>();
    this.addedWhole.set(tabId, added.add(callId));
  }

  /** The answer of a call whose start came after DevTools' log gave it whole (readWhole). */
  isReadWhole(tabId: number, callId: string): boolean {
    return this.aliases.has(`${tabId}:${callId}`);
  }
}

/** The tab's calls that `keep` keeps, as the matcher takes them. */
function candidates(tab: TabLog, keep: (entry: CallEntry) => boolean): CallCandidate[] {
  const out: CallCandidate[] = [];
  for (const e of tab.entries.values()) if (e.kind === 'call' && keep(e)) out.push(candidateOf(e.call, e.startUnseen === true));
  return out;
}

/** A body as DevTools' log gives it: text, or none when empty. */
function bodyOf(text: string): CallEntry['call']['requestBody'] {
  return text === '' ? { kind: 'none' } : { kind: 'text', text };
}
