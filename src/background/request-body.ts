import type { RequestBody } from '../core/call.js';

/** `details.requestBody` of webRequest.onBeforeRequest, as both browsers give it. */
export interface WebRequestBody {
  error?: string;
  formData?: Record<string, unknown>;
  raw?: Array<{ bytes?: unknown; file?: string }>;
}

export interface DecodedBody {
  body: RequestBody;
  /** Set when the text is not the bytes the page sent, only our rendering of what the browser gave. */
  note?: string;
}

const utf8 = new TextDecoder('utf-8');

/**
 * The body the page sent, as text. A body the browser does not show us is "withheld", never
 * empty: the rules report a withheld body, while an empty one would read as a broken player.
 */
export function decodeRequestBody(method: string, body: WebRequestBody | null | undefined): DecodedBody {
  if (body?.error) return { body: { kind: 'withheld', reason: body.error } };
  if (body?.raw) return decodeRaw(body.raw);
  if (body?.formData) {
    return {
      body: { kind: 'text', text: formText(body.formData) },
      note: 'The browser gave parsed form fields, not the bytes sent; shown URL-encoded.',
    };
  }
  if (method.toUpperCase() === 'GET' || method.toUpperCase() === 'HEAD') return { body: { kind: 'none' } };
  return { body: { kind: 'withheld', reason: 'The browser did not expose the request body.' } };
}

function decodeRaw(chunks: NonNullable<WebRequestBody['raw']>): DecodedBody {
  const parts: ArrayBuffer[] = [];
  for (const c of chunks) {
    if (!(c.bytes instanceof ArrayBuffer)) {
      return { body: { kind: 'withheld', reason: 'Part of the body is a file the browser does not expose.' } };
    }
    parts.push(c.bytes);
  }
  const joined = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let offset = 0;
  for (const p of parts) {
    joined.set(new Uint8Array(p), offset);
    offset += p.byteLength;
  }
  return { body: { kind: 'text', text: utf8.decode(joined) } };
}

function formText(formData: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [name, values] of Object.entries(formData)) {
    for (const value of Array.isArray(values) ? values : [values]) params.append(name, String(value));
  }
  return params.toString();
}
