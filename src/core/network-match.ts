import type { CapturedCall } from './call.js';

/**
 * Matching a request seen by DevTools' network log (devtools.network, or a HAR) to the call
 * webRequest captured. The two share no request id, so a request is known by what was sent:
 * method, URL, body, and when. Times come from two clocks (webRequest's event time, DevTools'
 * startedDateTime) a few milliseconds to a second apart, so time only decides between requests
 * that are otherwise the same, and only within MATCH_WINDOW_MS.
 */
export interface SentRequest {
  method: string;
  url: string;
  /** The body text; undefined when it is not known (the browser withheld it), which fits any body. */
  body: string | undefined;
  /** When it started, ms since the epoch. */
  startedAt: number;
  /** When its answer came, ms since the epoch, when known. */
  endedAt?: number;
  /** What it was answered (`outcomeKey`), when known. */
  outcome?: string;
}

export interface CallCandidate extends SentRequest {
  id: string;
  /**
   * The browser reported only the call's answer (its start went to a stopped worker): its body
   * is unknown and its only time, `startedAt`, is when the answer came. It is paired by that
   * time with a request's end, and only with a request answered the same way.
   */
  startUnseen?: boolean;
}

/** Further apart than this, two records are not the same request, whatever they carry. */
export const MATCH_WINDOW_MS = 10_000;

/** What a matcher needs of a captured call. */
export function candidateOf(call: CapturedCall, startUnseen = false): CallCandidate {
  const candidate: CallCandidate = { id: call.id, method: call.method, url: call.url, body: call.requestBody.kind === 'text' ? call.requestBody.text : call.requestBody.kind === 'none' ? '' : undefined, startedAt: call.startedAt };
  if (startUnseen) {
    candidate.startUnseen = true;
    candidate.outcome = outcomeKey(call);
  }
  return candidate;
}

/** A status, or a network failure: what two records of one request agree on. */
export function outcomeKey(outcome: { status?: number | undefined; networkError?: string | undefined }): string | undefined {
  return outcome.status !== undefined ? String(outcome.status) : outcome.networkError !== undefined ? 'failed' : undefined;
}

/** The shape of a HAR 1.2 entry (and of devtools.network's Request) that matching reads. */
export interface HarEntryLike {
  startedDateTime: string;
  /** The request's whole time, ms. */
  time?: number | undefined;
  request: { method: string; url: string; postData?: { text?: string } | undefined };
  /** Chrome gives a request that got no response status 0 and its reason in `_error`. */
  response?: { status?: number | undefined; _error?: string | undefined } | undefined;
}

export function requestOfHarEntry(entry: HarEntryLike): SentRequest {
  const startedAt = Date.parse(entry.startedDateTime);
  const request: SentRequest = { method: entry.request.method, url: entry.request.url, body: entry.request.postData?.text ?? (entry.request.method === 'GET' ? '' : undefined), startedAt };
  const status = entry.response?.status;
  const outcome = outcomeKey({ status: typeof status === 'number' && status > 0 ? status : undefined, networkError: entry.response?._error || undefined });
  if (outcome !== undefined && typeof entry.time === 'number' && Number.isFinite(entry.time)) {
    request.outcome = outcome;
    request.endedAt = startedAt + Math.max(0, entry.time);
  }
  return request;
}

/** The call `request` is, or undefined; calls in `taken` are already some other request's. */
export function matchRequest(request: SentRequest, calls: readonly CallCandidate[], taken?: ReadonlySet<string>): string | undefined {
  return matchRequests([request], calls, taken)[0];
}

/**
 * For each request, the call it is (by index of `requests`), one to one: no call is given to
 * two requests. Requests and calls that carry the same method, URL and body (a player sending
 * one body twice) are paired in time order, so a clock skew between the two sides, which
 * shifts all of them alike, does not cross the pairs; of those orders, the one leaving the least
 * time between partners. A call whose body is unknown is paired only with requests no call
 * with a known, equal body took.
 */
export function matchRequests(requests: readonly SentRequest[], calls: readonly CallCandidate[], taken?: ReadonlySet<string>): (string | undefined)[] {
  const result: (string | undefined)[] = new Array(requests.length).fill(undefined);
  const free = taken ? calls.filter((c) => !taken.has(c.id)) : [...calls];
  const used = new Set<string>();
  // First what is sent alike on both sides; then, by method and URL alone, what is left where
  // one side does not know the body: a call whose start was seen, by start time; one known only
  // by its answer, by the time of the answer, and only with a request answered alike.
  const passes: Pass[] = [
    { key: (r) => keyOf(r, true), request: (r) => r.body !== undefined, call: (c) => c.body !== undefined },
    { key: (r) => keyOf(r, false), request: (r) => r.body !== undefined, call: (c) => c.body === undefined && !c.startUnseen },
    {
      key: (r) => `${keyOf(r, false)}\n${r.outcome}`,
      request: (r) => r.body !== undefined && r.outcome !== undefined && r.endedAt !== undefined,
      call: (c) => c.body === undefined && c.startUnseen === true,
      requestTime: (r) => r.endedAt!,
    },
    { key: (r) => keyOf(r, false), request: (r) => r.body === undefined, call: () => true },
  ];
  for (const pass of passes) {
    const requestGroups = groupBy(
      requests.map((r, i) => ({ r, i })).filter(({ r, i }) => result[i] === undefined && pass.request(r)),
      ({ r }) => pass.key(r),
    );
    const callGroups = groupBy(
      free.filter((c) => !used.has(c.id) && pass.call(c)),
      (c) => pass.key(c),
    );
    for (const [key, group] of requestGroups) {
      const candidates = callGroups.get(key);
      if (!candidates) continue;
      const requestTime = pass.requestTime ?? ((r: SentRequest) => r.startedAt);
      const pairs = pairInOrder(group.map((g) => requestTime(g.r)), candidates.map((c) => c.startedAt));
      for (const [ri, ci] of pairs) {
        result[group[ri]!.i] = candidates[ci]!.id;
        used.add(candidates[ci]!.id);
      }
    }
  }
  return result;
}

interface Pass {
  key(r: SentRequest): string;
  request(r: SentRequest): boolean;
  call(c: CallCandidate): boolean;
  /** The request's time that is paired with the calls' `startedAt`; its start unless said. */
  requestTime?(r: SentRequest): number;
}

function keyOf(r: SentRequest, withBody: boolean): string {
  const url = r.url.replace(/#.*$/, '');
  return withBody ? `${r.method} ${url}\n${r.body ?? ''}` : `${r.method} ${url}`;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

interface Best {
  count: number;
  cost: number;
}

/**
 * Pairs two lists of times (each taken in time order) without crossing, as many pairs as the
 * window allows and, of those, the least total distance: an alignment by dynamic programming.
 * Groups are small (a body sent again is rare), so n·m steps is nothing.
 */
function pairInOrder(left: readonly number[], right: readonly number[]): [number, number][] {
  const li = left.map((_, i) => i).sort((a, b) => left[a]! - left[b]!);
  const ri = right.map((_, i) => i).sort((a, b) => right[a]! - right[b]!);
  const n = li.length;
  const m = ri.length;
  const best: Best[][] = Array.from({ length: n + 1 }, () => Array.from({ length: m + 1 }, () => ({ count: 0, cost: 0 })));
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      let b = better(best[i - 1]![j]!, best[i]![j - 1]!);
      const d = Math.abs(left[li[i - 1]!]! - right[ri[j - 1]!]!);
      if (d <= MATCH_WINDOW_MS) {
        const prev = best[i - 1]![j - 1]!;
        b = better(b, { count: prev.count + 1, cost: prev.cost + d });
      }
      best[i]![j] = b;
    }
  }
  const pairs: [number, number][] = [];
  for (let i = n, j = m; i > 0 && j > 0; ) {
    const here = best[i]![j]!;
    if (same(here, best[i - 1]![j]!)) i--;
    else if (same(here, best[i]![j - 1]!)) j--;
    else {
      pairs.push([li[i - 1]!, ri[j - 1]!]);
      i--;
      j--;
    }
  }
  return pairs;
}

function better(a: Best, b: Best): Best {
  if (a.count !== b.count) return a.count > b.count ? a : b;
  return a.cost <= b.cost ? a : b;
}

function same(a: Best, b: Best): boolean {
  return a.count === b.count && a.cost === b.cost;
}
