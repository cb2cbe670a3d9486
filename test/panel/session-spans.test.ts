import { describe, expect, it } from 'vitest';
import type { CallEntry } from '../../src/messaging/entry.js';
import { summarizeCall } from '../../src/panel/call-summary.js';
import { SessionSpans } from '../../src/panel/session-spans.js';
import { createPanelStore, type PanelStore } from '../../src/panel/store.js';
import { ev, SID, sessionStart, toCalls } from '../support/calls.js';
import { entriesOf, snapshotOf } from './fixtures.js';

const OTHER = 'b'.repeat(64);

describe('session spans', () => {
  it("span the bodies' playerTime.ts, not the times the calls were sent", () => {
    const entries = entriesOf(toCalls([{ body: sessionStart(0) }, { body: ev('play', 1) }, { body: ev('ping', 11) }]));
    // Sent in a burst, long after the events happened (a queue flushed late).
    entries.forEach((e, i) => (e.call.startedAt = 5_000_000_000_000 + i));
    const spans = new SessionSpans();
    for (const e of entries) spans.add('s', e);
    expect(spans.durationOf('s')).toBe(11_000);
  });

  it('fall back to the send time for a call without playerTime, and are 0 for no calls', () => {
    const entries = entriesOf(toCalls([{ body: {}, rawBody: 'not json' }, { body: {}, rawBody: 'neither' }]));
    entries[0]!.call.startedAt = 1000;
    entries[1]!.call.startedAt = 4000;
    const spans = new SessionSpans();
    for (const e of entries) spans.add('s', e);
    expect(spans.durationOf('s')).toBe(3000);
    expect(spans.durationOf('t')).toBe(0);
  });

  it('are measured again from the calls when reset, so that they can shrink', () => {
    const [a, b, c] = entriesOf(toCalls([{ body: ev('play', 1) }, { body: ev('ping', 11) }, { body: ev('ping', 21) }]));
    const spans = new SessionSpans();
    for (const e of [a!, b!, c!]) spans.add('s', e);
    spans.reset([['s', a!], ['s', b!]]);
    expect(spans.durationOf('s')).toBe(10_000);
  });
});

/** What a session's length is by definition: the span of the player times of the calls the store lists for it. */
function measured(store: PanelStore, key: string): number {
  const times = store.callsOfSession(key).map((e: CallEntry) => summarizeCall(e).playerTime);
  return times.length === 0 ? 0 : Math.max(...times) - Math.min(...times);
}

describe("the store's session lengths", () => {
  it('follow the calls as they arrive, before or after their links, and as they are dropped or moved', () => {
    const store = createPanelStore();
    const calls = [
      ...toCalls([{ body: sessionStart(0) }, { body: ev('play', 1) }, { body: ev('ping', 12) }, { body: ev('ping', 22) }], { sid: SID, idPrefix: 'a' }),
      ...toCalls([{ body: ev('play', 5) }, { body: ev('ping', 15) }], { sid: OTHER, idPrefix: 'b' }),
    ];
    const snap = snapshotOf(calls);
    const keys = snap.sessions.map((s) => s.key);
    const lengths = () => keys.map((k) => store.sessionDuration(k));
    const expected = () => keys.map((k) => measured(store, k));
    // The first calls, then their links; the later calls after their links, as live capture may send them.
    store.handlers.snapshot!({ ...snap, entries: snap.entries.slice(0, 3), callSessions: {} });
    store.handlers.sessions!({ sessions: snap.sessions, callSessions: snap.callSessions });
    expect(lengths()).toEqual(expected());
    store.handlers.entries!(snap.entries.slice(3));
    expect(lengths()).toEqual(expected());
    expect(store.sessionDuration(keys[0]!)).toBe(22_000);
    store.handlers.dropped!({ count: 1, ids: ['a3'] });
    expect(store.sessionDuration(keys[0]!)).toBe(12_000);
    expect(lengths()).toEqual(expected());
    // A call the background moves to the other session.
    store.handlers.sessions!({ sessions: [], callSessions: { b0: keys[0]! } });
    expect(lengths()).toEqual(expected());
    expect(store.sessionDuration(keys[1]!)).toBe(0);
  });

  it("follow an imported file's batches, and its removal", () => {
    const store = createPanelStore();
    const calls = toCalls([{ body: sessionStart(0) }, { body: ev('play', 1) }, { body: ev('ping', 31) }], { sid: SID, idPrefix: 'har1:' });
    const snap = snapshotOf(calls);
    const key = snap.sessions[0]!.key;
    const batchOf = (from: number, to: number) => {
      const entries = entriesOf(calls.slice(from, to));
      return { entries, summaries: entries.map((e) => summarizeCall(e)), findings: [], sessions: snap.sessions, callSessions: Object.fromEntries(entries.map((e) => [e.call.id, key])) };
    };
    store.stageImport(batchOf(0, 2));
    store.publishImports();
    expect(store.sessionDuration(key)).toBe(1000);
    store.stageImport(batchOf(2, 3));
    store.publishImports();
    expect(store.sessionDuration(key)).toBe(31_000);
    expect(store.sessionDuration(key)).toBe(measured(store, key));
    store.removeImported('har1:');
    expect(store.sessionDuration(key)).toBe(0);
  });
});
