import { batch } from '@preact/signals';
import type { BackgroundToPanel } from '../messaging/protocol.js';
import type { Handlers } from '../messaging/typed-port.js';

type Message = { [K in keyof BackgroundToPanel]: [K, BackgroundToPanel[K]] }[keyof BackgroundToPanel];

/**
 * Applies the port's messages in bursts: the messages already queued when the first arrives
 * cost one update of the stores (and one render), not one each. Runs of `entries`
 * and of `findings` are merged; everything else is applied in arrival order.
 */
export function coalesced(handlers: Handlers<BackgroundToPanel>, schedule: (f: () => void) => void = nextTask): Handlers<BackgroundToPanel> {
  let queue: Message[] = [];
  let scheduled = false;
  const flush = () => {
    if (queue.length === 0) return;
    const messages = mergeRuns(queue);
    queue = [];
    batch(() => {
      for (const [type, data] of messages) (handlers[type] as ((d: typeof data) => void) | undefined)?.(data);
    });
  };
  const enqueue = (m: Message) => {
    queue.push(m);
    // A snapshot's first part is applied at once, on its own: it holds the rows a panel opens
    // on, and should not wait behind the thousands of older entries that follow it.
    if (m[0] === 'snapshot') return flush();
    if (!scheduled) {
      scheduled = true;
      schedule(() => {
        scheduled = false;
        flush();
      });
    }
  };
  return {
    snapshot: (d) => enqueue(['snapshot', d]),
    snapshotPart: (d) => enqueue(['snapshotPart', d]),
    entries: (d) => enqueue(['entries', d]),
    findings: (d) => enqueue(['findings', d]),
    sessions: (d) => enqueue(['sessions', d]),
    dropped: (d) => enqueue(['dropped', d]),
    cleared: (d) => enqueue(['cleared', d]),
    tabClosed: (d) => enqueue(['tabClosed', d]),
  };
}

export function mergeRuns(queue: readonly Message[]): Message[] {
  const out: Message[] = [];
  for (const m of queue) {
    const last = out[out.length - 1];
    if (last && last[0] === m[0] && (m[0] === 'entries' || m[0] === 'findings')) {
      out[out.length - 1] = [m[0], [...(last[1] as unknown[]), ...(m[1] as unknown[])]] as Message;
    } else out.push(m);
  }
  return out;
}

/**
 * A task queued behind the messages already waiting. Not setTimeout: a panel opened as a tab in
 * the background has its timers throttled to a second or more (Firefox), which would hold rows back.
 */
function nextTask(f: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    f();
  };
  channel.port2.postMessage(null);
}
