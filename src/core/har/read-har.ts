import type { CapturedCall, Header, RequestBody } from '../call.js';
import { isObject } from '../media-event.js';
import { decodeBase64Utf8 } from './base64.js';

export class HarError extends Error {
  override name = 'HarError';
}

export interface HarRead {
  /** The tool that wrote the file (log.creator), e.g. "Charles Proxy 4.6.4"; empty when it does not say. */
  creator: string;
  /** One call per entry, with id = the entry's index in log.entries. */
  calls: CapturedCall[];
  /** Entries that could not be read, with the reason; the rest of the file is still used. */
  skipped: { index: number; reason: string }[];
}

/**
 * Parses HAR text as browsers (Chrome, Firefox) and proxies (Charles, Proxyman) write it. Throws
 * HarError, with a message fit for a user, when it is not a HAR at all.
 */
export function readHar(text: string): HarRead {
  let root: unknown;
  try {
    // Some tools start the file with a byte-order mark, which JSON.parse refuses.
    root = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw new HarError(`not JSON (${e instanceof Error ? e.message : String(e)}); a HAR file is JSON with log.entries`);
  }
  return readHarValue(root);
}

/** readHar on JSON already parsed (a worker that parsed the file itself). */
export function readHarValue(root: unknown): HarRead {
  if (!isObject(root) || !isObject(root.log)) throw new HarError('not a HAR file: it has no "log" object');
  const entries = root.log.entries;
  if (!Array.isArray(entries)) throw new HarError('not a HAR file: "log.entries" is missing or not a list');
  const calls: CapturedCall[] = [];
  const skipped: HarRead['skipped'] = [];
  entries.forEach((entry, index) => {
    const result = entryToCall(entry, index);
    if (typeof result === 'string') skipped.push({ index, reason: result });
    else calls.push(result);
  });
  return { creator: creatorOf(root.log.creator), calls, skipped };
}

function creatorOf(value: unknown): string {
  if (!isObject(value)) return '';
  return [value.name, value.version].filter((v) => typeof v === 'string' && v !== '').join(' ');
}

/** One entry of log.entries as a call (id = its index), or why it cannot be read: for readers that split the entries themselves. */
export function entryToCall(entry: unknown, index: number): CapturedCall | string {
  if (!isObject(entry) || !isObject(entry.request)) return 'the entry has no request';
  const { request } = entry;
  const response = isObject(entry.response) ? entry.response : {};
  if (typeof request.method !== 'string' || typeof request.url !== 'string') return 'the request has no method or URL';
  const startedAt = typeof entry.startedDateTime === 'string' ? Date.parse(entry.startedDateTime) : NaN;
  const call: CapturedCall = {
    id: String(index),
    method: request.method,
    url: request.url,
    startedAt: Number.isFinite(startedAt) ? startedAt : 0,
    requestBody: requestBody(request, entry._mcBodyWithheld),
  };
  const requestHeaders = headers(request.headers);
  if (requestHeaders) call.requestHeaders = requestHeaders;
  const status = typeof response.status === 'number' ? response.status : 0;
  // Browsers write status 0 for a request that got no response; Chrome adds the reason in _error.
  if (status > 0) call.status = status;
  else call.networkError = typeof response._error === 'string' && response._error ? response._error : 'no response (status 0 in the HAR)';
  if (typeof response.statusText === 'string' && response.statusText) call.statusText = response.statusText;
  const responseHeaders = headers(response.headers);
  if (responseHeaders) call.responseHeaders = responseHeaders;
  const content = isObject(response.content) ? response.content : undefined;
  const responseBody = content ? bodyText(content) : undefined;
  if (typeof responseBody === 'string') call.responseBody = responseBody;
  if (typeof entry.time === 'number' && entry.time >= 0) call.durationMs = entry.time;
  return call;
}

function requestBody(request: Record<string, unknown>, withheld: unknown): RequestBody {
  if (typeof withheld === 'string') return { kind: 'withheld', reason: withheld };
  const postData = isObject(request.postData) ? request.postData : undefined;
  const text = postData ? bodyText(postData) : undefined;
  if (typeof text === 'string') return { kind: 'text', text };
  if (text) return { kind: 'withheld', reason: text.unreadable };
  // A form body saved as name/value pairs only, as some tools do: the bytes it stood for.
  if (postData && Array.isArray(postData.params) && postData.params.length > 0) return { kind: 'text', text: formText(postData.params) };
  if (request.method === 'POST') {
    // A POST with no postData: the body was not saved (a sanitised export, or a beacon the browser did not record).
    return { kind: 'withheld', reason: 'the HAR has no postData for this request' };
  }
  return { kind: 'none' };
}

/**
 * The text of a HAR body (request postData, response content). HAR 1.2 gives `encoding: "base64"`
 * to response content only, but proxies (Proxyman, Reqable) write request bodies that way too:
 * decoded when the bytes are UTF-8 text, else said to be unreadable.
 */
function bodyText(body: Record<string, unknown>): string | { unreadable: string } | undefined {
  if (typeof body.text !== 'string') return undefined;
  const { encoding } = body;
  if (encoding === undefined || encoding === null || encoding === '') return body.text;
  if (encoding === 'base64') return decodeBase64Utf8(body.text) ?? { unreadable: 'the HAR holds this body as base64 bytes that are not UTF-8 text' };
  // Any other encoding (gzip, say) is bytes we cannot read: said, never shown as if it were text.
  const named = typeof encoding === 'string' ? `"${encoding.slice(0, 40)}"` : `a ${Array.isArray(encoding) ? 'list' : typeof encoding}`;
  return { unreadable: `the HAR's body is in an encoding that cannot be read (${named})` };
}

function formText(params: unknown[]): string {
  return params
    .filter((p): p is { name: string; value?: unknown } => isObject(p) && typeof p.name === 'string')
    .map((p) => `${encodeURIComponent(p.name)}=${encodeURIComponent(typeof p.value === 'string' ? p.value : '')}`)
    .join('&');
}

function headers(value: unknown): Header[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const out: Header[] = [];
  for (const h of value) if (isObject(h) && typeof h.name === 'string' && typeof h.value === 'string') out.push({ name: h.name, value: h.value });
  return out;
}
