import { describe, expect, it } from 'vitest';
import { coalesced } from '../../src/panel/coalesce.js';
import { createPanelStore } from '../../src/panel/store.js';
import { ev, sessionStart, toCalls } from '../support/calls.js';
import { entriesOf, snapshotOf } from './fixtures.js';

const ids = (store: ReturnType<typeof createPanelStore>) => store.entries.value.map((e) => (e.kind === 'call' ? e.call.id : ''));

describe('coalesced port messages', () => {
  it('applies a burst in one update, in order, merging runs of entries', () => {
    const store = createPanelStore();
    let flush: (() => void) | undefined;
    const handlers = coalesced(store.handlers, (f) => (flush = f));
    let updates = 0;
    const stop = store.entries.subscribe(() => updates++);
    const calls = toCalls([{ body: sessionStart(0) }, { body: ev('play', 1) }, { body: ev('ping', 11) }]);
    store.handlers.snapshot!(snapshotOf(calls.slice(0, 1)));
    for (const e of entriesOf(calls.slice(1))) handlers.entries!([e]);
    handlers.cleared!({});
    handlers.entries!(entriesOf(calls.slice(2)));
    expect(ids(store)).toEqual([calls[0]!.id]); // nothing before the flush
    const before = updates;
    flush!();
    expect(updates - before).toBe(1);
    expect(ids(store)).toEqual([calls[2]!.id]);
    stop();
  });

  it("applies a snapshot's first part at once, ahead of what was queued, and its later parts in the next burst", () => {
    const store = createPanelStore();
    let flush: (() => void) | undefined;
    const handlers = coalesced(store.handlers, (f) => (flush = f));
    const calls = toCalls([{ body: sessionStart(0) }, { body: ev('play', 1) }, { body: ev('ping', 11) }]);
    const { entries, ...snap } = snapshotOf(calls);
    handlers.snapshot!({ ...snap, entries: entries.slice(2), findings: [], callSessions: {} });
    expect(ids(store)).toEqual([calls[2]!.id]);
    expect(store.loading.value).toEqual({ calls: 1, totalCalls: 3 });
    handlers.snapshotPart!({ entries: entries.slice(0, 2), findings: snap.findings, callSessions: snap.callSessions });
    expect(ids(store)).toHaveLength(1);
    flush!();
    expect(ids(store)).toEqual(calls.map((c) => c.id));
    expect(store.loading.value).toBeUndefined();
  });
});
