import type { CapturedCall, Header, RequestBody } from '../call.js';
import { isObject } from '../media-event.js';
import { base64Text } from './base64-text.js';

export class HarError extends Error {
  override name = 'HarError';
}

export interface HarRead {
  /** One call per entry, with id = the entry's index in log.entries. */
  calls: CapturedCall[];
  /** Entries that could not be read, with the reason; the rest of the file is still used. */
  skipped: { index: number; reason: string }[];
}

/** Parses HAR text. Throws HarError, with a message fit for a user, when it is not a HAR at all. */
export function readHar(text: string): HarRead {
  let root: unknown;
  try {
    // Some tools start the file with a byte-order mark, which JSON.parse refuses.
    root = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw new HarError(`not JSON (${e instanceof Error ? e.message : String(e)}); a HAR file is JSON with log.entries`);
  }
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
  return { calls, skipped };
}

function entryToCall(entry: unknown, index: number): CapturedCall | string {
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
  if (content && typeof content.text === 'string' && content.encoding !== 'base64') call.responseBody = content.text;
  if (typeof entry.time === 'number' && entry.time >= 0) call.durationMs = entry.time;
  return call;
}

function requestBody(request: Record<string, unknown>, withheld: unknown): RequestBody {
  if (typeof withheld === 'string') return { kind: 'withheld', reason: withheld };
  const postData = isObject(request.postData) ? request.postData : undefined;
  if (postData && typeof postData.text === 'string') return postDataBody(postData.text, postData.encoding);
  if (request.method === 'POST') {
    // A POST with no postData: the body was not saved (a sanitised export, or a beacon the browser did not record).
    return { kind: 'withheld', reason: 'the HAR has no postData for this request' };
  }
  return { kind: 'none' };
}

/**
 * HAR 1.2 gives postData no `encoding` (only a response's content has one), but some tools write
 * a binary body base64-encoded with `encoding: "base64"`, as content does.
 */
function postDataBody(text: string, encoding: unknown): RequestBody {
  if (encoding === undefined || encoding === null || encoding === '') return { kind: 'text', text };
  if (encoding === 'base64') {
    const decoded = base64Text(text);
    return decoded === undefined ? { kind: 'withheld', reason: 'the HAR says its postData is base64, but it is not' } : { kind: 'text', text: decoded };
  }
  const named = typeof encoding === 'string' ? `"${encoding.slice(0, 40)}"` : `a ${Array.isArray(encoding) ? 'list' : typeof encoding}`;
  return { kind: 'withheld', reason: `the HAR's postData is in an encoding that cannot be read (${named})` };
}

function headers(value: unknown): Header[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const out: Header[] = [];
  for (const h of value) if (isObject(h) && typeof h.name === 'string' && typeof h.value === 'string') out.push({ name: h.name, value: h.value });
  return out;
}
