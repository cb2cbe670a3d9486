import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import type { CallEntry, TabEntry } from '../../src/messaging/entry.js';
import type { NetworkOutcome, PanelToBackground } from '../../src/messaging/protocol.js';
import { fillMissedOutcomes } from '../../src/panel/missed-outcomes.js';
import { ev, toCalls } from '../support/calls.js';

const [answered, lost, inFlight] = toCalls([{ body: ev('play', 1) }, { body: ev('ping', 2) }, { body: ev('ping', 3) }]).map((call, i): CallEntry => {
  const { status: _s, ...request } = call;
  if (i === 0) return { kind: 'call', resourceType: 'xmlhttprequest', call, settledAt: call.startedAt + 5 };
  return i === 1 ? { kind: 'call', resourceType: 'xmlhttprequest', call: request, interrupted: true } : { kind: 'call', resourceType: 'xmlhttprequest', call: request };
}) as [CallEntry, CallEntry, CallEntry];

const seen = (status: number): NetworkOutcome => ({ status, responseHeaders: [], durationMs: 7 });

function setup() {
  const sent: PanelToBackground['networkOutcome'][] = [];
  const entries = signal<TabEntry[]>([answered, lost, inFlight]);
  const outcomes = signal<ReadonlyMap<string, NetworkOutcome>>(new Map());
  fillMissedOutcomes(entries, outcomes, { send: (type, data) => type === 'networkOutcome' && sent.push(data as (typeof sent)[number]) });
  return { sent, entries, outcomes };
}

describe('fillMissedOutcomes', () => {
  it("sends DevTools' outcome only for calls the background marked interrupted, once", () => {
    const { sent, entries, outcomes } = setup();
    outcomes.value = new Map([
      [answered.call.id, seen(400)],
      [lost.call.id, seen(404)],
      [inFlight.call.id, seen(204)],
    ]);
    expect(sent).toEqual([{ callId: lost.call.id, outcome: seen(404) }]);
    entries.value = [...entries.value];
    expect(sent).toHaveLength(1);
  });

  it('waits for the outcome when the call arrives first, and sends again for the same call sent anew (a reconnect)', () => {
    const { sent, entries, outcomes } = setup();
    expect(sent).toEqual([]);
    outcomes.value = new Map([[lost.call.id, seen(404)]]);
    expect(sent).toHaveLength(1);
    // A snapshot after a reconnect: the background still marks it (the first message was lost with the port).
    entries.value = [answered, { ...lost }, inFlight];
    expect(sent).toHaveLength(2);
    // Settled at last: nothing more to send.
    entries.value = [answered, { ...lost, interrupted: undefined, settledAt: 1, call: { ...lost.call, status: 404 } } as CallEntry, inFlight];
    expect(sent).toHaveLength(2);
  });
});
