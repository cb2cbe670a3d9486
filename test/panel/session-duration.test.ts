import { describe, expect, it } from 'vitest';
import { sessionDurationMs } from '../../src/panel/session-duration.js';
import { ev, sessionStart, toCalls } from '../support/calls.js';
import { entriesOf } from './fixtures.js';

describe('sessionDurationMs', () => {
  it("spans the bodies' playerTime.ts, not the times the calls were sent", () => {
    const entries = entriesOf(toCalls([{ body: sessionStart(0) }, { body: ev('play', 1) }, { body: ev('ping', 11) }]));
    // Sent in a burst, long after the events happened (a queue flushed late).
    entries.forEach((e, i) => (e.call.startedAt = 5_000_000_000_000 + i));
    expect(sessionDurationMs(entries)).toBe(11_000);
  });

  it('falls back to the send time for a call without playerTime, and is 0 for no calls', () => {
    const entries = entriesOf(toCalls([{ body: {}, rawBody: 'not json' }, { body: {}, rawBody: 'neither' }]));
    entries[0]!.call.startedAt = 1000;
    entries[1]!.call.startedAt = 4000;
    expect(sessionDurationMs(entries)).toBe(3000);
    expect(sessionDurationMs([])).toBe(0);
  });
});
