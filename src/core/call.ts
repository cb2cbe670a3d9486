/**
 * One captured HTTP call, shaped close to a HAR 1.2 entry so that live capture, HAR import and
 * test fixtures all become the same record and one parser serves all three.
 */
export interface Header {
  name: string;
  value: string;
}

/** The request body as the browser gave it. A withheld body is not an empty body. */
export type RequestBody =
  | { kind: 'text'; text: string }
  | { kind: 'withheld'; reason: string }
  | { kind: 'none' };

export interface CapturedCall {
  /** Unique within one capture (a tab, or a HAR file). */
  id: string;
  method: string;
  url: string;
  /** Wall-clock time the request started, ms since the epoch. */
  startedAt: number;
  requestHeaders?: Header[];
  requestBody: RequestBody;
  /** HTTP status; absent while the call is in flight or when it failed on the network. */
  status?: number;
  statusText?: string;
  responseHeaders?: Header[];
  responseBody?: string;
  /** Set when the request never got a response (DNS, CORS, blocked, aborted...). */
  networkError?: string;
  /** Total time, ms, when known. */
  durationMs?: number;
  /**
   * Set on a call with no outcome whose answer this capture will never see (the extension's
   * background was stopped before it came): it is judged on its request alone, as the server
   * most likely took it. Its answer, if it comes after all, makes a new call without this mark.
   */
  unanswered?: true;
}

export function headerValue(headers: Header[] | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  const wanted = name.toLowerCase();
  for (const h of headers) if (h.name.toLowerCase() === wanted) return h.value;
  return undefined;
}

/** A call is settled once it has a status or a network error: nothing more will arrive for it. */
export function isSettled(call: CapturedCall): boolean {
  return call.status !== undefined || call.networkError !== undefined;
}

/** A call the inspector judges: settled, or known never to be (unanswered). */
export function isJudgeable(call: CapturedCall): boolean {
  return call.status !== undefined || call.networkError !== undefined || call.unanswered === true;
}
