import { describe, expect, it } from 'vitest';
import { summarizeCall } from '../../src/panel/call-summary.js';
import { adStart, ev, toCalls } from '../support/calls.js';
import { entriesOf } from './fixtures.js';

describe('row summary', () => {
  it('shows event type, status family, playhead, and withheld bodies as such', () => {
    const calls = toCalls([
      { body: adStart(1, 'x', 12) },
      { body: ev('play', 2), status: 410 },
      { body: ev('play', 3), status: 503 },
      { body: ev('play', 4), networkError: 'net::ERR_FAILED' },
      { body: {}, withheld: 'no' },
    ]);
    const rows = entriesOf(calls).map(summarizeCall);
    expect(rows.map((r) => [r.eventType, r.status, r.statusClass, r.playhead])).toEqual([
      ['adStart', '204', 'ok', 12],
      ['play', '410', 'client-error', 0],
      ['play', '503', 'server-error', 0],
      ['play', 'failed', 'failed', 0],
      ['(body withheld)', '204', 'ok', undefined],
    ]);
    expect(rows[4]!.withheld).toBe(true);
  });

  it('says when the background was stopped before the answer, and when the answer came from DevTools', () => {
    const [a, b] = toCalls([{ body: ev('play', 1) }, { body: ev('ping', 2), status: 404 }]);
    const { status: _s, ...unanswered } = a!;
    const stopped = summarizeCall({ kind: 'call', resourceType: 'xmlhttprequest', call: unanswered, interrupted: true });
    expect([stopped.status, stopped.statusClass]).toEqual(['unanswered', 'unanswered']);
    expect(stopped.outcomeNote).toBe('panel.status.unanswered-note');
    const pending = summarizeCall({ kind: 'call', resourceType: 'xmlhttprequest', call: unanswered });
    expect([pending.status, pending.outcomeNote]).toEqual(['pending', undefined]);
    const filled = summarizeCall({ kind: 'call', resourceType: 'xmlhttprequest', call: b!, settledAt: 1, outcomeFrom: 'devtools-network' });
    expect([filled.status, filled.statusClass]).toEqual(['404', 'client-error']);
    expect(filled.outcomeNote).toBe('panel.status.from-devtools-note');
  });
});
