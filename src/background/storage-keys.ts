/**
 * storage.session layout. Every key is written by exactly one browser event, so no write ever
 * needs a read first (get-then-set of a shared list loses records under load) and each write
 * can be issued the moment its event arrives:
 *   q:<tabId>:<callId>   the request, from onBeforeRequest (a StoredCall without its outcome)
 *   s:<tabId>:<callId>   the outcome, from onCompleted / onErrorOccurred (a SettleRecord)
 *   n:<tabId>:<id>       a navigation marker (a StoredNavigation)
 *   c:<tabId>:<id>       a chunk: settled entries moved out of their own keys (StoredEntry[]),
 *                        named by its first entry (tab-storage.ts)
 *   d:<tabId>            calls dropped from the tab to stay within the quota
 *   boots                how often the background has started (tests detect restarts with it)
 *   reloaded             when the extension was last reloaded or updated (epoch ms), which
 *                        emptied this area: the panel says earlier calls are gone
 * Every value is stored as JSON text (text-values.ts), in the format of stored-entry.ts. A q, s,
 * n or c key may hold null instead: an entry dropped for the quota, its key left to remove
 * (REMOVED in stored-records.ts).
 */
export const BOOTS_KEY = 'boots';
export const RELOADED_KEY = 'reloaded';

export type KeyKind = 'request' | 'settle' | 'navigation' | 'chunk';

const PREFIX: Record<KeyKind, string> = { request: 'q', settle: 's', navigation: 'n', chunk: 'c' };
const KIND: Record<string, KeyKind> = { q: 'request', s: 'settle', n: 'navigation', c: 'chunk' };

export function recordKey(kind: KeyKind, tabId: number, id: string): string {
  return `${PREFIX[kind]}:${tabId}:${id}`;
}

/** The entry id in a record key, without the cost of parsing it (every write asks). */
export function recordIdOf(key: string): string {
  return key.slice(key.indexOf(':', 2) + 1);
}

export function droppedKey(tabId: number): string {
  return `d:${tabId}`;
}

export type ParsedKey = { kind: KeyKind; tabId: number; id: string } | { kind: 'dropped'; tabId: number };

export function parseKey(key: string): ParsedKey | undefined {
  const m = /^([qsncd]):(-?\d+)(?::(.+))?$/.exec(key);
  if (!m) return undefined;
  const tabId = Number(m[2]);
  if (m[1] === 'd') return m[3] === undefined ? { kind: 'dropped', tabId } : undefined;
  return m[3] === undefined ? undefined : { kind: KIND[m[1]!]!, tabId, id: m[3] };
}
