import { describe, expect, it } from 'vitest';
import { entryId, type CallEntry, type NavigationEntry, type TabEntry } from '../../src/messaging/entry.js';
import type { TabSnapshot } from '../../src/background/call-log.js';
import { snapshotMessages } from '../../src/background/snapshot-parts.js';

function call(i: number): CallEntry {
  return {
    kind: 'call',
    resourceType: 'xmlhttprequest',
    call: { id: String(i), method: 'POST', url: 'https://x.hb-api.omtrdc.net/api/v1/sessions/s/events', startedAt: 1000 + i, requestBody: { kind: 'text', text: '{}' } },
  };
}
const nav = (i: number): NavigationEntry => ({ kind: 'navigation', id: `nav-${i}`, url: 'https://page/', at: 1000 + i + 0.5 });

function snapshotOf(entries: TabEntry[]): TabSnapshot {
  const calls = entries.filter((e): e is CallEntry => e.kind === 'call');
  return {
    entries,
    dropped: 3,
    sessions: [],
    findings: calls.filter((_, i) => i % 7 === 0).map((e) => ({ callId: e.call.id, findings: [{ rule: 'r', severity: 'error', callId: e.call.id, message: 'm' }] as never })),
    callSessions: Object.fromEntries(calls.map((e) => [e.call.id, 's'])),
  };
}

describe('snapshotMessages', () => {
  const entries: TabEntry[] = Array.from({ length: 2345 }, (_, i) => (i % 100 === 99 ? nav(i) : call(i)));
  const snapshot = snapshotOf(entries);
  const { first, rest } = snapshotMessages(4, snapshot, 200, 1000);
  const parts = [...rest];

  it('sends the newest entries first, then older parts, newest first, that add up to the whole tab', () => {
    expect(first.entries.map(entryId)).toEqual(entries.slice(-200).map(entryId));
    expect(parts.map((p) => p.entries.length)).toEqual([1000, 1000, 145]);
    const whole = [...parts].reverse().flatMap((p) => p.entries).concat(first.entries);
    expect(whole).toEqual(entries);
    expect(first).toMatchObject({ tabId: 4, dropped: 3, totalEntries: 2345, totalCalls: 2345 - 23 });
  });

  it('gives each part the findings and sessions of its own entries, and no others', () => {
    for (const part of [first, ...parts]) {
      const own = new Set(part.entries.map(entryId));
      expect(part.findings.every((f) => own.has(f.callId))).toBe(true);
      expect(Object.keys(part.callSessions).every((id) => own.has(id))).toBe(true);
    }
    expect([first, ...parts].reduce((n, p) => n + p.findings.length, 0)).toBe(snapshot.findings.length);
    expect([first, ...parts].reduce((n, p) => n + Object.keys(p.callSessions).length, 0)).toBe(2345 - 23);
  });

  it('sends an empty or small tab in one message', () => {
    expect([...snapshotMessages(1, snapshotOf([])).rest]).toEqual([]);
    const small = snapshotMessages(1, snapshotOf([call(1), call(2)]));
    expect(small.first.entries).toHaveLength(2);
    expect([...small.rest]).toEqual([]);
  });
});
