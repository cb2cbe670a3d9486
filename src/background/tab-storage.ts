import { entryId, type TabEntry } from '../messaging/entry.js';
import { keysOf } from './stored-records.js';

/**
 * Where a tab's entries sit in storage.session. Each event writes its own key the moment it
 * arrives (two per call); once CHUNK_SIZE entries are settled and written, they are copied into
 * one chunk key and their own keys removed, because a panel opened after the worker stopped
 * waits for storage to hand back every key: Chromium reads 10,000 records as single keys in
 * 125 ms and as 100 chunks in 60 ms. A chunk is never rewritten; when the quota needs room, it
 * is dropped whole.
 */
export class TabStorage {
  private readonly chunkOf = new Map<string, string>();
  private readonly members = new Map<string, readonly string[]>();
  /** Entry id → writes issued for it that have not landed yet. */
  private readonly unlanded = new Map<string, number>();
  private settledSinceMove = 0;

  constructor(
    readonly tabId: number,
    chunks: ReadonlyMap<string, readonly string[]> = new Map(),
  ) {
    for (const [key, ids] of chunks) this.addChunk(key, ids);
  }

  /** Counts a settled call; true once every `chunkSize`, when it is time to move entries into chunks. */
  settledOne(chunkSize: number): boolean {
    if (++this.settledSinceMove < chunkSize) return false;
    this.settledSinceMove = 0;
    return true;
  }

  writing(id: string): void {
    this.unlanded.set(id, (this.unlanded.get(id) ?? 0) + 1);
  }

  landed(id: string): void {
    const n = (this.unlanded.get(id) ?? 1) - 1;
    if (n > 0) this.unlanded.set(id, n);
    else this.unlanded.delete(id);
  }

  /** In its own keys, and every write for it done: it may be moved into a chunk. */
  isMovable(id: string): boolean {
    return !this.chunkOf.has(id) && !this.unlanded.has(id);
  }

  isChunked(id: string): boolean {
    return this.chunkOf.has(id);
  }

  addChunk(key: string, ids: readonly string[]): void {
    this.members.set(key, ids);
    for (const id of ids) this.chunkOf.set(id, key);
  }

  /** Forgets a chunk that was not written, or is gone; its entries are in their own keys or gone too. */
  dropChunk(key: string): void {
    for (const id of this.members.get(key) ?? []) this.chunkOf.delete(id);
    this.members.delete(key);
  }

  /** The ids, and every id stored in a chunk with one of them (a chunk is dropped whole). */
  withChunkmates(ids: Iterable<string>): string[] {
    const out = new Set<string>();
    for (const id of ids) {
      const key = this.chunkOf.get(id);
      for (const mate of key === undefined ? [id] : this.members.get(key)!) out.add(mate);
    }
    return [...out];
  }

  /** The keys that hold these entries: their chunks' keys, once each, and their own keys. */
  keysFor(entries: Iterable<TabEntry>): string[] {
    const keys = new Set<string>();
    for (const entry of entries) {
      const chunk = this.chunkOf.get(entryId(entry));
      if (chunk !== undefined) keys.add(chunk);
      else for (const key of keysOf(this.tabId, entry)) keys.add(key);
    }
    return [...keys];
  }

  /** The entries are gone (dropped or cleared): so are their chunks. */
  forget(ids: Iterable<string>): void {
    for (const id of ids) {
      const key = this.chunkOf.get(id);
      if (key !== undefined) this.dropChunk(key);
      this.unlanded.delete(id);
    }
  }
}
