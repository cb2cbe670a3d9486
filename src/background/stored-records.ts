import { compareEntries, entryId, type CallEntry, type TabEntry } from '../messaging/entry.js';
import { parseKey, recordKey } from './storage-keys.js';
import {
  fromStored,
  fromStoredCall,
  fromStoredOutcome,
  toStored,
  type Outcome,
  type StoredCall,
  type StoredEntry,
  type StoredOutcome,
} from './stored-entry.js';

/** The stored half of a call written when it settles. */
export interface SettleRecord {
  outcome: StoredOutcome;
  settledAt: number;
  /** The call as the response event saw it, used only if its request was never recorded. */
  unseen: StoredCall;
  /** Set when the outcome came from DevTools' network log rather than from webRequest. */
  outcomeFrom?: 'devtools-network';
}

export function settled(base: CallEntry, outcome: Outcome, settledAt: number, outcomeFrom?: CallEntry['outcomeFrom']): CallEntry {
  const { interrupted: _answered, outcomeFrom: _replaced, ...rest } = base;
  const durationMs = Math.max(0, Math.round(settledAt - base.call.startedAt));
  const entry: CallEntry = { ...rest, call: { ...base.call, durationMs, ...outcome }, settledAt };
  if (outcomeFrom) entry.outcomeFrom = outcomeFrom;
  return entry;
}

/** A call as its two stored records make it (the settle record alone when the request was never stored). */
function settledFromStored(request: StoredCall | undefined, record: SettleRecord): CallEntry {
  return settled(fromStoredCall(request ?? record.unseen), fromStoredOutcome(record.outcome), record.settledAt, record.outcomeFrom);
}

/**
 * A call stored without its outcome, read when a worker starts. Every call this worker sees
 * starts after this read, so the call's request was seen by an earlier worker, which was stopped
 * before the answer: the browser does not report it again to this one (an answer still on its
 * way when the worker was stopped can yet arrive, and settles it as usual).
 */
export function unanswered(request: StoredCall): CallEntry {
  return { ...fromStoredCall(request), interrupted: true };
}

/**
 * An entry as storage holds it under its own keys (`stored`: those keys, as read), or the entry
 * itself where they do not make a whole call. Storage can know more than this worker's memory:
 * the request of a call that a stopped worker wrote just before it stopped can land after this
 * worker read storage, so this worker saw only the call's outcome, with the body marked withheld.
 */
export function storedVersion(tabId: number, entry: TabEntry, stored: Record<string, unknown>): StoredEntry {
  if (entry.kind !== 'call') return toStored(entry);
  const id = entryId(entry);
  const request = stored[recordKey('request', tabId, id)] as StoredCall | undefined;
  const settle = stored[recordKey('settle', tabId, id)] as SettleRecord | undefined;
  return toStored(request && settle ? settledFromStored(request, settle) : entry);
}

/**
 * What a dropped entry's keys hold between being marked and being removed (storage-room.ts):
 * not an entry, only a key left to remove.
 */
export const REMOVED = null;

export interface StoredTab {
  entries: TabEntry[];
  dropped: number;
  /** Chunk key → the ids of the entries it holds. */
  chunks: Map<string, string[]>;
  /**
   * Keys to remove: entries that are in a chunk as well (the worker stopped between moving and
   * removing them), and keys marked REMOVED (it stopped before removing what it dropped).
   */
  leftovers: string[];
}

/** Reassembles every tab's entries from the whole of storage.session, in list order. */
export function readStoredTabs(all: Record<string, unknown>): Map<number, StoredTab> {
  const tabs = new Map<
    number,
    {
      requests: Map<string, StoredCall>;
      settles: Map<string, SettleRecord>;
      navigations: TabEntry[];
      chunked: Map<string, TabEntry>;
      chunks: Map<string, string[]>;
      dropped: number;
      removed: string[];
    }
  >();
  const tab = (tabId: number) => {
    let t = tabs.get(tabId);
    if (!t) tabs.set(tabId, (t = { requests: new Map(), settles: new Map(), navigations: [], chunked: new Map(), chunks: new Map(), dropped: 0, removed: [] }));
    return t;
  };
  for (const [key, value] of Object.entries(all)) {
    const parsed = parseKey(key);
    if (!parsed) continue;
    const t = tab(parsed.tabId);
    if (value === REMOVED) t.removed.push(key);
    else if (parsed.kind === 'dropped') t.dropped = Number(value) || 0;
    else if (parsed.kind === 'request') t.requests.set(parsed.id, value as StoredCall);
    else if (parsed.kind === 'settle') t.settles.set(parsed.id, value as SettleRecord);
    else if (parsed.kind === 'chunk') {
      const held = (value as StoredEntry[]).map(fromStored);
      for (const entry of held) t.chunked.set(entryId(entry), entry);
      t.chunks.set(key, held.map(entryId));
    } else t.navigations.push(fromStored(value as StoredEntry));
  }
  const out = new Map<number, StoredTab>();
  for (const [tabId, t] of tabs) {
    const entries = [...t.chunked.values()];
    const leftovers = [...t.removed];
    const add = (entry: TabEntry) => {
      if (t.chunked.has(entryId(entry))) leftovers.push(...keysOf(tabId, entry));
      else entries.push(entry);
    };
    for (const navigation of t.navigations) add(navigation);
    for (const [id, request] of t.requests) {
      const settle = t.settles.get(id);
      add(settle ? settledFromStored(request, settle) : unanswered(request));
    }
    for (const [id, settle] of t.settles) if (!t.requests.has(id)) add(settledFromStored(undefined, settle));
    out.set(tabId, { entries: entries.sort(compareEntries), dropped: t.dropped, chunks: t.chunks, leftovers });
  }
  return out;
}

/** Every key an entry occupies (a call's request and outcome are stored apart). */
export function keysOf(tabId: number, entry: TabEntry): string[] {
  const id = entryId(entry);
  return entry.kind === 'call' ? [recordKey('request', tabId, id), recordKey('settle', tabId, id)] : [recordKey('navigation', tabId, id)];
}
