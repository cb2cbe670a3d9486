import { describe, expect, it } from 'vitest';
import { coalesced } from '../../src/panel/coalesce.js';
import { createPanelStore } from '../../src/panel/store.js';
import { ev, sessionStart, toCalls } from '../support/calls.js';
import { entriesOf, snapshotOf } from './fixtures.js';

describe('coalesced port messages', () => {
  it('applies a burst in one update, in order, merging runs of entries', () => {
    const store = createPanelStore();
    let flush: (() => void) | undefined;
    const handlers = coalesced(store.handlers, (f) => (flush = f));
    let updates = 0;
    const stop = store.entries.subscribe(() => updates++);
    const calls = toCalls([{ body: sessionStart(0) }, { body: ev('play', 1) }, { body: ev('ping', 11) }]);
    handlers.snapshot!(snapshotOf(calls.slice(0, 1)));
    for (const e of entriesOf(calls.slice(1))) handlers.entries!([e]);
    handlers.cleared!({});
    handlers.entries!(entriesOf(calls.slice(2)));
    expect(store.entries.value).toHaveLength(0); // nothing before the flush
    const before = updates;
    flush!();
    expect(updates - before).toBe(1);
    expect(store.entries.value.map((e) => (e.kind === 'call' ? e.call.id : ''))).toEqual([calls[2]!.id]);
    stop();
  });
});
