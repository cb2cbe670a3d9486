import type { RequestBody } from '../call.js';
import type { ApiCall } from '../classify.js';
import { isObject } from '../media-event.js';
import { mediaXdmOf } from './edge-event.js';

/**
 * Whether live capture keeps a call it recognised: every Media Collection API call and Media
 * Edge `va` call, but an Edge interact or collect call only when its body carries a `media.*`
 * event (the Web SDK's sessionStart); the rest of a site's Edge traffic is none of ours, and a
 * body the browser withheld cannot show that it is.
 */
export function keepsCall(api: ApiCall, body: RequestBody): boolean {
  if (api.kind !== 'edge' || api.endpoint === 'va') return true;
  // Most Edge traffic names no media event at all: a substring test settles it without parsing.
  if (body.kind !== 'text' || !body.text.includes('"media.')) return false;
  try {
    const value: unknown = JSON.parse(body.text);
    return isObject(value) && mediaXdmOf(value, api) !== undefined;
  } catch {
    return false;
  }
}
