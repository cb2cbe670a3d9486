import type { BackgroundToPanel, SnapshotPart } from '../messaging/protocol.js';

export type Post = <K extends keyof BackgroundToPanel>(type: K, data: BackgroundToPanel[K]) => void;

/**
 * What goes to one panel, in order. The snapshot's older parts are sent one per task, so the
 * panel can paint the first part while they come; a change made meanwhile (a new call, new
 * findings, a clear) waits behind the last part, so the panel never applies an older copy of
 * an entry over a newer one.
 */
export class PortOutbox {
  private held: Array<() => void> | undefined = [];

  constructor(private readonly post: Post) {}

  send<K extends keyof BackgroundToPanel>(type: K, data: BackgroundToPanel[K]): void {
    if (this.held) this.held.push(() => this.post(type, data));
    else this.post(type, data);
  }

  /** Sends the parts, one per task while `isOpen()`, then everything held back meanwhile. */
  async sendParts(parts: Iterable<SnapshotPart>, isOpen: () => boolean, nextTask: () => Promise<void> = afterTimeout): Promise<void> {
    for (const part of parts) {
      await nextTask();
      if (!isOpen()) return;
      this.post('snapshotPart', part);
    }
    const held = this.held ?? [];
    this.held = undefined;
    for (const send of held) send();
  }
}

function afterTimeout(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
