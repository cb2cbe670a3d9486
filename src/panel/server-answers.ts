import { effect, signal, type ReadonlySignal } from '@preact/signals';
import { classifyCall } from '../core/classify.js';
import { candidateOf, matchRequests, requestOfHarEntry, type CallCandidate, type HarEntryLike, type SentRequest } from '../core/network-match.js';
import type { TabEntry } from '../messaging/entry.js';
import { MapView } from './map-view.js';
import type { NetworkOutcome } from '../messaging/protocol.js';
import { outcomeOfNetworkRequest, type NetworkResponse } from './network-outcome.js';

/**
 * A request in DevTools' network log, as devtools.network gives it: a HAR entry, whose response
 * body is read with getContent (a promise in Firefox and through the polyfill, a callback on
 * the entries of Chrome's getHAR), or is already in the entry (Firefox's HAR carries bodies).
 */
export interface NetworkRequest extends HarEntryLike {
  /** Chrome's name for the kind of request (`fetch`, `xhr`, `ping`). */
  _resourceType?: string;
  response?: NetworkResponse & { content?: { text?: string } };
  getContent?(callback?: (content: string | null) => void): unknown;
}

/** What this needs of `browser.devtools.network`. */
export interface NetworkSource {
  getHAR(): Promise<{ entries: NetworkRequest[] }>;
  onRequestFinished: { addListener(listener: (request: NetworkRequest) => void): void };
}

/** What the server answered each call, as far as this panel could read it. */
export interface ServerAnswers {
  /** Call id → the response body DevTools read for it. */
  bodies: ReadonlySignal<ReadonlyMap<string, string>>;
  /** Call id → its outcome as DevTools' network log shows it (status and headers, or the failure). */
  outcomes: ReadonlySignal<ReadonlyMap<string, NetworkOutcome>>;
  /** The panel runs inside DevTools and reads response bodies; opened as a page, it cannot. */
  reading: boolean;
}

/** What DevTools recorded that is not (or not surely) any call's: what network-rebuild.ts gives the background. */
export interface NetworkReads {
  /** Requests DevTools recorded that no call matched (yet), oldest first. */
  unmatched(): readonly NetworkRead[];
  /** Call id → the request given to it by URL, time and answer alone: its own body was unknown. */
  guessed(): ReadonlyMap<string, NetworkRead>;
}

/** A request DevTools recorded, with what was read of its answer. */
export interface NetworkRead {
  request: SentRequest;
  /** The response body. */
  body: string | undefined;
  outcome: NetworkOutcome | undefined;
  /** When the panel read it (ms since the epoch). */
  readAt: number;
  /** The browser's resource type as DevTools names it (`fetch`, `xhr`, `ping`…). */
  resourceType: string | undefined;
}

/** Requests read that no call matched yet (its call has not reached the panel); beyond this the oldest go. */
const PENDING_MAX = 500;
/**
 * How long a request read waits for its call, or a guess stays open to a better partner. Its
 * call reaches the panel within seconds (a restarted worker's too), or is rebuilt from it after
 * REBUILD_AFTER_MS; what waits longer never will be anyone's (sent before capture began, on a
 * site not granted), and would only make every later change to the list rescan the tab.
 */
const OPEN_MS = 60_000;

/**
 * Reads the response of every API call DevTools records (those before the panel opened from its
 * HAR, new ones as they finish) and gives each to the call webRequest captured, by the one
 * matcher (core/network-match.ts). The background's records stay the source of truth for the
 * verdicts: the body is shown beside them, never judged again, except that `onAnswer` hears
 * each body as it is matched (a Media Edge sessionStart's links its session); the outcome is
 * kept for the calls whose own the background missed (missed-outcomes.ts). What no call matched,
 * or matched only by a guess, is kept for network-rebuild.ts to give the background.
 */
export function readServerAnswers(
  entries: ReadonlySignal<TabEntry[]>,
  network: NetworkSource | undefined,
  onAnswer?: (callId: string, body: string) => void,
): ServerAnswers & NetworkReads {
  const bodies = signal<ReadonlyMap<string, string>>(new Map());
  const outcomes = signal<ReadonlyMap<string, NetworkOutcome>>(new Map());
  if (!network) return { bodies, outcomes, reading: false, unmatched: () => [], guessed: () => new Map() };
  const answered = new Map<string, string>();
  const settled = new Map<string, NetworkOutcome>();
  /** Calls already given a request: each call is one request. */
  const matched = new Set<string>();
  let pending: NetworkRead[] = [];
  /**
   * Requests given to a call whose body was unknown (its start was lost with a stopped worker),
   * by call id. Such a match is by URL and time alone, a guess: a call carrying the request's
   * very body that reaches the panel later takes the request back, and the guessed call waits
   * for its own request again.
   */
  const guesses = new Map<string, NetworkRead>();
  let newBodies = false;
  let newOutcomes = false;

  const give = (id: string, read: NetworkRead, guessed: boolean) => {
    matched.add(id);
    if (guessed) guesses.set(id, read);
    if (read.outcome) {
      settled.set(id, read.outcome);
      newOutcomes = true;
    }
    if (read.body !== undefined) {
      answered.set(id, read.body);
      newBodies = true;
      onAnswer?.(id, read.body);
    }
  };
  const takeBack = (id: string) => {
    guesses.delete(id);
    matched.delete(id);
    newOutcomes ||= settled.delete(id);
    newBodies ||= answered.delete(id);
  };
  /** The calls no request was given to, and those given one by a guess (`open`). */
  const unmatchedCalls = (open: ReadonlySet<string>) => {
    const calls: CallCandidate[] = [];
    for (const e of entries.peek()) if (e.kind === 'call' && (!matched.has(e.call.id) || open.has(e.call.id))) calls.push(candidateOf(e.call, e.startUnseen === true));
    return calls;
  };
  /**
   * A guessed call whose own request has reached the panel since (its start came late, or was
   * filled from this very request) is a guess no more: kept if that request is this one, and
   * taken back, to be matched again, if not.
   */
  const settleGuesses = () => {
    for (const e of entries.peek()) {
      if (e.kind !== 'call' || e.call.requestBody.kind === 'withheld') continue;
      const read = guesses.get(e.call.id);
      if (!read) continue;
      const body = e.call.requestBody.kind === 'text' ? e.call.requestBody.text : '';
      if (body === read.request.body) guesses.delete(e.call.id);
      else {
        takeBack(e.call.id);
        pending.push(read);
      }
    }
  };

  const match = () => {
    if (pending.length === 0 && guesses.size === 0) return;
    const expired = Date.now() - OPEN_MS;
    if (pending[0] !== undefined && pending[0].readAt < expired) pending = pending.filter((read) => read.readAt >= expired);
    for (const [id, read] of guesses) if (read.readAt < expired) guesses.delete(id);
    if (pending.length === 0 && guesses.size === 0) return;
    if (guesses.size > 0) settleGuesses();
    // Guesses are paired anew with every change: a request read later, or a call carrying a
    // guessed request's very body, can be the better partner.
    const provisional = [...guesses];
    const reads = [...pending, ...provisional.map(([, read]) => read)];
    const calls = unmatchedCalls(new Set(guesses.keys()));
    const bodyUnknown = new Set(calls.filter((c) => c.body === undefined).map((c) => c.id));
    const ids = matchRequests(reads.map((r) => r.request), calls);
    provisional.forEach(([id], i) => {
      if (ids[pending.length + i] !== id) takeBack(id);
    });
    const left: NetworkRead[] = [];
    ids.forEach((id, i) => {
      const read = reads[i]!;
      if (id === undefined) return void left.push(read);
      if (guesses.get(id) !== read) give(id, read, read.request.body !== undefined && bodyUnknown.has(id));
    });
    if (newBodies) bodies.value = new MapView(answered);
    if (newOutcomes) outcomes.value = new MapView(settled);
    newBodies = newOutcomes = false;
    pending = left.slice(-PENDING_MAX);
  };
  const take = async (request: NetworkRequest) => {
    if (!classifyCall(request.request.method, request.request.url)) return;
    const body = await contentOf(request);
    const outcome = outcomeOfNetworkRequest(request.response, request.time);
    if (body === undefined && outcome === undefined) return;
    pending.push({ request: requestOfHarEntry(request), body, outcome, readAt: Date.now(), resourceType: request._resourceType });
    match();
  };

  network.onRequestFinished.addListener((request) => void take(request));
  void network.getHAR().then((har) => Promise.all((har?.entries ?? []).map(take)));
  // Calls reach the panel after DevTools saw them finish, as often as before: match again as they arrive.
  effect(() => {
    entries.value;
    match();
  });
  return { bodies, outcomes, reading: true, unmatched: () => pending, guessed: () => guesses };
}

function contentOf(request: NetworkRequest): Promise<string | undefined> {
  const inEntry = request.response?.content?.text;
  if (typeof inEntry === 'string') return Promise.resolve(inEntry);
  if (typeof request.getContent !== 'function') return Promise.resolve(undefined);
  return new Promise((resolve) => {
    // [content, encoding] through the polyfill and in Firefox, content alone to a callback; null is an empty body.
    const settle = (answer: unknown) => {
      const content: unknown = Array.isArray(answer) ? answer[0] : answer;
      resolve(typeof content === 'string' ? content : content === null ? '' : undefined);
    };
    try {
      const returned = request.getContent!((content) => settle(content));
      if (returned && typeof (returned as Promise<unknown>).then === 'function') (returned as Promise<unknown>).then(settle, () => resolve(undefined));
    } catch {
      resolve(undefined);
    }
  });
}
