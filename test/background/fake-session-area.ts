import type { SessionArea } from '../../src/background/session-area.js';

/**
 * storage.session (or storage.local, for settings) in unit tests: values are copied through
 * JSON as the browser does, and a byte quota fails writes with Chrome's message. Like the
 * browser's, a write the quota refuses changes nothing (Chrome and Firefox check every item first).
 */
export class FakeSessionArea implements SessionArea {
  readonly data = new Map<string, string>();
  /** Operations asked for so far. */
  operations = 0;
  private stopAt = Infinity;
  private onStop: () => void = () => undefined;
  /** Resolves once an operation comes after the stop set by `stopAfter`. */
  readonly stopped = new Promise<void>((resolve) => (this.onStop = resolve));

  constructor(private readonly quotaBytes = Infinity) {}

  /**
   * The background is stopped after `count` operations: those asked for before still happen (the
   * browser has them), later ones are never answered and change nothing.
   */
  stopAfter(count: number): void {
    this.stopAt = count;
  }

  /** Another background's view of the same storage, as it finds it when it starts. */
  copy(): FakeSessionArea {
    const next = new FakeSessionArea(this.quotaBytes);
    for (const [k, v] of this.data) next.data.set(k, v);
    return next;
  }

  /** Never settles once the background is stopped. */
  private async turn(): Promise<void> {
    if (this.operations++ >= this.stopAt) {
      this.onStop();
      await new Promise(() => undefined);
    }
    await Promise.resolve();
  }

  async get(keys: null | string | string[]): Promise<Record<string, unknown>> {
    await this.turn();
    const wanted = keys === null ? [...this.data.keys()] : typeof keys === 'string' ? [keys] : keys;
    const out: Record<string, unknown> = {};
    for (const k of wanted) if (this.data.has(k)) out[k] = JSON.parse(this.data.get(k)!);
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    await this.turn();
    const next = new Map(this.data);
    for (const [k, v] of Object.entries(items)) next.set(k, JSON.stringify(v));
    if (bytes(next) > this.quotaBytes) throw new Error('Session storage quota bytes exceeded. Values were not stored.');
    for (const [k, v] of next) this.data.set(k, v);
  }

  async remove(keys: string | string[]): Promise<void> {
    await this.turn();
    for (const k of typeof keys === 'string' ? [keys] : keys) this.data.delete(k);
  }
}

function bytes(data: Map<string, string>): number {
  let n = 0;
  for (const [k, v] of data) n += k.length + v.length;
  return n;
}
