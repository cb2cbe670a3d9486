import type { CapturedCall } from '../core/call.js';

/** Headers the browser sets itself; a replay with curl should not copy them. */
const SKIPPED = new Set(['content-length', 'host', 'connection', 'accept-encoding']);

/** A POSIX shell command that replays the call; every value is single-quoted, so nothing in it is interpreted. */
export function curlCommand(call: CapturedCall): string {
  const parts = ['curl', quote(call.url)];
  if (call.method !== 'GET') parts.push('-X', quote(call.method));
  const headers = call.requestHeaders ?? [];
  for (const h of headers) if (!SKIPPED.has(h.name.toLowerCase())) parts.push('-H', quote(`${h.name}: ${h.value}`));
  if (call.requestBody.kind === 'text') {
    if (!headers.some((h) => h.name.toLowerCase() === 'content-type')) parts.push('-H', quote('Content-Type: application/json'));
    parts.push('--data-raw', quote(call.requestBody.text));
  }
  return parts.join(' ');
}

function quote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}
