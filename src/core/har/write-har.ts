import { headerValue, type CapturedCall } from '../call.js';
import type { Creator } from 'har-format';
import type { HarEntry, HarLog } from './har-types.js';

/**
 * Writes calls as a HAR 1.2 log that Chrome's and Firefox's network panels and readHar can open.
 * Every field HAR 1.2 requires is written (Chrome's import reads request and response with their
 * headers, cookies, queryString, sizes, content, redirectURL, cache and timings), and nothing a
 * finding needs is lost: request bodies, status codes, response headers (the 201's Location),
 * response bodies, network errors, and bodies the browser withheld (as `_mcBodyWithheld`).
 */
export function writeHar(calls: readonly CapturedCall[], creator: Creator): HarLog {
  return { log: { version: '1.2', creator, pages: [], entries: calls.map(callToEntry) } };
}

function callToEntry(call: CapturedCall): HarEntry {
  const text = call.requestBody.kind === 'text' ? call.requestBody.text : undefined;
  const mimeType = headerValue(call.requestHeaders, 'content-type') ?? 'application/json';
  const entry: HarEntry = {
    startedDateTime: new Date(call.startedAt).toISOString(),
    time: call.durationMs ?? 0,
    request: {
      method: call.method,
      url: call.url,
      httpVersion: 'HTTP/1.1',
      headers: call.requestHeaders ?? [],
      queryString: queryString(call.url),
      cookies: [],
      headersSize: -1,
      bodySize: text === undefined ? 0 : utf8Length(text),
      ...(text !== undefined && { postData: { mimeType, text } }),
    },
    response: {
      status: call.status ?? 0,
      statusText: call.statusText ?? '',
      httpVersion: 'HTTP/1.1',
      headers: call.responseHeaders ?? [],
      cookies: [],
      content: {
        size: call.responseBody === undefined ? 0 : utf8Length(call.responseBody),
        mimeType: headerValue(call.responseHeaders, 'content-type') ?? '',
        ...(call.responseBody !== undefined && { text: call.responseBody }),
      },
      redirectURL: call.status !== undefined && call.status >= 300 && call.status < 400 ? (headerValue(call.responseHeaders, 'location') ?? '') : '',
      headersSize: -1,
      bodySize: -1,
      ...(call.networkError !== undefined && { _error: call.networkError }),
    },
    cache: {},
    timings: { blocked: -1, dns: -1, connect: -1, ssl: -1, send: 0, wait: call.durationMs ?? 0, receive: 0 },
  };
  if (call.requestBody.kind === 'withheld') entry._mcBodyWithheld = call.requestBody.reason;
  return entry;
}

/** The URL's query as HAR name/value pairs, decoded (left as written where it is not valid percent-encoding). */
function queryString(url: string): { name: string; value: string }[] {
  const query = /\?([^#]*)/.exec(url)?.[1];
  if (!query) return [];
  return query.split('&').filter(Boolean).map((pair) => {
    const eq = pair.indexOf('=');
    return eq < 0 ? { name: decode(pair), value: '' } : { name: decode(pair.slice(0, eq)), value: decode(pair.slice(eq + 1)) };
  });
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
