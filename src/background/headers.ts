import type { Header } from '../core/call.js';

/** webRequest's HttpHeaders: a header carries `value`, or `binaryValue` when it is not UTF-8. */
export interface WebRequestHeader {
  name: string;
  value?: string;
  binaryValue?: number[];
}

export function toHeaders(headers: WebRequestHeader[] | undefined): Header[] | undefined {
  if (!headers) return undefined;
  return headers.map((h) => ({
    name: h.name,
    value: h.value ?? String.fromCharCode(...(h.binaryValue ?? [])),
  }));
}
