import type { SessionArea } from '../../src/background/session-area.js';

/**
 * storage.session (or storage.local, for settings) in unit tests: values are copied through
 * JSON as the browser does, and a byte quota fails writes with Chrome's message.
 */
export class FakeSessionArea implements SessionArea {
  readonly data = new Map<string, string>();
  constructor(private readonly quotaBytes = Infinity) {}

  async get(keys: null | string | string[]): Promise<Record<string, unknown>> {
    await Promise.resolve();
    const wanted = keys === null ? [...this.data.keys()] : typeof keys === 'string' ? [keys] : keys;
    const out: Record<string, unknown> = {};
    for (const k of wanted) if (this.data.has(k)) out[k] = JSON.parse(this.data.get(k)!);
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    await Promise.resolve();
    const next = new Map(this.data);
    for (const [k, v] of Object.entries(items)) next.set(k, JSON.stringify(v));
    if (bytes(next) > this.quotaBytes) throw new Error('Session storage quota bytes exceeded. Values were not stored.');
    for (const [k, v] of next) this.data.set(k, v);
  }

  async remove(keys: string | string[]): Promise<void> {
    await Promise.resolve();
    for (const k of typeof keys === 'string' ? [keys] : keys) this.data.delete(k);
  }
}

function bytes(data: Map<string, string>): number {
  let n = 0;
  for (const [k, v] of data) n += k.length + v.length;
  return n;
}
