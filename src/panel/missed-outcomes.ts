import { effect, type ReadonlySignal } from '@preact/signals';
import type { CallEntry, TabEntry } from '../messaging/entry.js';
import type { NetworkOutcome } from '../messaging/protocol.js';
import type { BackgroundLink } from './connection.js';

/**
 * Gives the background, for each call it marked `interrupted` (the browser reported the outcome
 * to a worker that was stopped), the outcome DevTools' network log recorded for it; the
 * background stores it, marked as read there, and judges the call. Sent once per version of the
 * entry: a message lost while the port was down is sent again with the next snapshot, whose
 * entries are new objects.
 */
export function fillMissedOutcomes(entries: ReadonlySignal<TabEntry[]>, outcomes: ReadonlySignal<ReadonlyMap<string, NetworkOutcome>>, background: BackgroundLink): void {
  const sent = new WeakSet<CallEntry>();
  effect(() => {
    const known = outcomes.value;
    const list = entries.value;
    if (known.size === 0) return;
    for (const e of list) {
      if (e.kind !== 'call' || !e.interrupted || sent.has(e)) continue;
      const outcome = known.get(e.call.id);
      if (outcome === undefined) continue;
      sent.add(e);
      background.send('networkOutcome', { callId: e.call.id, outcome });
    }
  });
}
