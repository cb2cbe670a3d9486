import type { ReadonlySignal } from '@preact/signals';
import type { CallEntry, TabEntry } from '../messaging/entry.js';
import type { NetworkCall } from '../messaging/protocol.js';
import type { BackgroundLink } from './connection.js';
import { isImportedId } from './har-import/imported-id.js';
import type { NetworkRead, NetworkReads } from './server-answers.js';

/**
 * How long a request DevTools recorded waits for its call before it is given to the background.
 * A call the background saw reaches the panel well within this, a restarted worker's included
 * (the background gives a call whose answer it lost as long, HELD_OVER_MS); one it never saw
 * would never come.
 */
export const REBUILD_AFTER_MS = 5000;
/** How often the reads are looked at. */
const TICK_MS = 1000;
/**
 * How many times one request is given. The background refuses what it cannot tell apart from a
 * call it holds (an answered-only call still waiting for its own request), and may take it once
 * that call is filled; a site the user did not grant is refused every time.
 */
const TRIES = 3;

/** When a request was last given, on which connection, and how often. */
interface Given {
  connection: number;
  at: number;
  tries: number;
}

export interface RebuildSources {
  entries: ReadonlySignal<TabEntry[]>;
  reads: NetworkReads;
  /** Counts the panel's connections: a message sent while the port was down is sent again on the next. */
  connections: ReadonlySignal<number>;
  /** When the tab's calls were last cleared (ms since the epoch); 0 if never. */
  clearedAt: ReadonlySignal<number>;
}

/**
 * Rebuilds, from DevTools' network log, what a stopped worker lost of the calls: the request of a
 * call the browser reported only the answer of, and whole calls it reported to no running worker
 * (Chrome drops the events of a worker it is stopping). The background adds them marked as read
 * from DevTools, and only where it knows nothing of them (call-log.ts). A request is given whole
 * only if it started after the last clear and no earlier than the first call the tab still holds:
 * DevTools' log also holds the calls the user cleared, those dropped for the storage quota (the
 * oldest), and those sent before capture began.
 */
export function rebuildFromNetwork(sources: RebuildSources, background: BackgroundLink): void {
  const { entries, reads, connections, clearedAt } = sources;
  const givenCalls = new WeakMap<NetworkRead, Given>();
  const givenRequests = new WeakMap<CallEntry, Given>();
  /** Whether to give it (again): not yet, on an earlier connection (lost with the port), or refused a while ago. */
  const due = <K extends object>(given: WeakMap<K, Given>, key: K, connection: number, at: number): boolean => {
    const last = given.get(key);
    if (last && last.connection === connection && (last.tries >= TRIES || at - last.at < REBUILD_AFTER_MS)) return false;
    given.set(key, { connection, at, tries: last?.connection === connection ? last.tries + 1 : 1 });
    return true;
  };

  const give = () => {
    const connection = connections.peek();
    if (connection === 0) return;
    const at = Date.now();
    const readBefore = at - REBUILD_AFTER_MS;
    const guessed = reads.guessed();
    // Requests first: the background takes a whole call only where no answered-only call could be it.
    if (guessed.size > 0) {
      for (const e of entries.peek()) {
        if (e.kind !== 'call' || !e.startUnseen) continue;
        const read = guessed.get(e.call.id);
        if (!read || read.readAt > readBefore || read.request.body === undefined || !due(givenRequests, e, connection, at)) continue;
        background.send('networkRequest', { callId: e.call.id, request: { body: read.request.body } });
      }
    }
    const since = Math.max(clearedAt.peek(), firstHeld(entries.peek()));
    for (const read of reads.unmatched()) {
      if (read.readAt > readBefore || read.request.startedAt < since) continue;
      const call = wholeCall(read);
      if (call && due(givenCalls, read, connection, at)) background.send('networkCall', call);
    }
  };

  setInterval(give, TICK_MS);
}

/** When the first call the tab holds started (files opened in the panel aside); Infinity for none. */
function firstHeld(entries: readonly TabEntry[]): number {
  for (const e of entries) if (e.kind === 'call' && !isImportedId(e.call.id)) return e.call.startedAt;
  return Infinity;
}

/** The call a request makes, when DevTools knows both halves of it. */
export function wholeCall(read: NetworkRead): NetworkCall | undefined {
  const { request, outcome } = read;
  if (request.body === undefined || outcome === undefined) return undefined;
  return { method: request.method, url: request.url, startedAt: request.startedAt, body: request.body, resourceType: webRequestType(read.resourceType), outcome };
}

/** webRequest's name for the kind of request DevTools names (beacons are `ping` in both). */
function webRequestType(devtoolsType: string | undefined): string {
  if (devtoolsType === 'fetch' || devtoolsType === 'xhr') return 'xmlhttprequest';
  return devtoolsType === 'ping' ? 'ping' : 'other';
}
