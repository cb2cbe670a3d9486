import type { Header } from '../core/call.js';
import type { NetworkOutcome } from '../messaging/protocol.js';

/** The part of a HAR entry's response (as devtools.network gives it) that tells the outcome. */
export interface NetworkResponse {
  status?: number;
  statusText?: string;
  headers?: Header[];
  /** Chrome's reason for a request that got no response (`net::ERR_…`), with status 0. */
  _error?: string;
}

/**
 * A call's outcome as DevTools' network log recorded it, or undefined when the entry does not
 * tell one (no response yet, or status 0 without a reason). `time` is the entry's whole time, ms.
 */
export function outcomeOfNetworkRequest(response: NetworkResponse | undefined, time: number | undefined): NetworkOutcome | undefined {
  if (!response) return undefined;
  const durationMs = typeof time === 'number' && Number.isFinite(time) ? Math.max(0, Math.round(time)) : 0;
  if (typeof response.status === 'number' && response.status > 0) {
    const outcome: NetworkOutcome = { status: response.status, responseHeaders: headersOf(response.headers), durationMs };
    if (response.statusText) outcome.statusText = response.statusText;
    return outcome;
  }
  if (typeof response._error === 'string' && response._error !== '') return { networkError: response._error, durationMs };
  return undefined;
}

function headersOf(headers: Header[] | undefined): Header[] {
  if (!Array.isArray(headers)) return [];
  return headers.filter((h) => typeof h?.name === 'string' && typeof h.value === 'string').map(({ name, value }) => ({ name, value }));
}
