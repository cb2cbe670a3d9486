import { describe, expect, it } from 'vitest';
import { compareEntries, entryId } from '../../src/messaging/entry.js';
import { clearPanel, createPanelStore } from '../../src/panel/store.js';
import { adBreakStart, adStart, ev, SID, sessionStart, toCalls } from '../support/calls.js';
import { entriesOf, snapshotOf } from './fixtures.js';

const OTHER = 'b'.repeat(64);

function twoSessions() {
  const a = toCalls([{ body: sessionStart(0) }, { body: ev('play', 1) }, { body: adStart(2) }, { body: ev('ping', 12) }], { sid: SID, idPrefix: 'a' });
  const b = toCalls([{ body: ev('play', 5) }, { body: ev('ping', 15), status: 404 }], { sid: OTHER, idPrefix: 'b' });
  return [...a, ...b];
}

describe('panel store', () => {
  it('takes a snapshot: calls in list order, findings by call, sessions named by their start', () => {
    const store = createPanelStore();
    store.handlers.snapshot!(snapshotOf(twoSessions()));
    expect(store.connection.value).toBe('live');
    expect(store.entries.value.map((e) => (e.kind === 'call' ? e.call.id : e.id))).toEqual(['a0', 'a1', 'a2', 'b0', 'a3', 'b1']);
    expect(store.findings.value.get('a2')?.map((f) => f.rule)).toContain('ad-outside-break');
    const sessions = store.sessionList.value;
    expect(sessions.map((s) => [s.sid, s.mediaName, s.startSeen])).toEqual([
      [SID, 'Big Buck Bunny', true],
      [OTHER, undefined, false],
    ]);
    expect(sessions[0]!.errors).toBeGreaterThan(0);
  });

  it('filters by session, event type, severity and text (event type, sid, any body value)', () => {
    const store = createPanelStore();
    store.handlers.snapshot!(snapshotOf(twoSessions()));
    const ids = () => store.visible.value.map((e) => (e.kind === 'call' ? e.call.id : e.id));
    store.setFilter('session', OTHER);
    expect(ids()).toEqual(['b0', 'b1']);
    store.setFilter('session', '');
    store.setFilter('eventType', 'ping');
    expect(ids()).toEqual(['a3', 'b1']);
    store.setFilter('eventType', '');
    store.setFilter('severity', 'errors');
    expect(ids()).toContain('a2');
    expect(ids()).toContain('b1');
    expect(ids()).not.toContain('a1');
    store.setFilter('severity', 'all');
    store.setFilter('text', 'BUNNY');
    expect(ids()).toEqual(['a0']);
    store.setFilter('text', OTHER.slice(0, 10));
    expect(ids()).toEqual(['b0', 'b1']);
    store.setFilter('text', 'adstart');
    expect(ids()).toEqual(['a2']);
  });

  it('keeps the selection when new calls arrive, and moves it with the keyboard over the visible rows', () => {
    const store = createPanelStore();
    store.handlers.snapshot!(snapshotOf(twoSessions()));
    store.moveSelection(1);
    expect(store.selectedCallId.value).toBe('a0');
    store.moveSelection(1);
    store.moveSelection(1);
    expect(store.selectedCallId.value).toBe('a2');
    store.handlers.entries!(entriesOf(toCalls([{ body: ev('ping', 30) }], { idPrefix: 'late' })));
    expect(store.selectedCallId.value).toBe('a2');
    store.setFilter('session', OTHER);
    store.moveSelection(1);
    expect(store.selectedCallId.value).toBe('b0');
    store.moveSelection(-5);
    expect(store.selectedCallId.value).toBe('b0');
    store.select('b1', true);
    expect(store.detailsOpen.value).toBe(true);
    expect(store.selectedCall.value?.call.id).toBe('b1');
  });

  it('merges session updates and call-to-session links', () => {
    const store = createPanelStore();
    const calls = twoSessions();
    const snap = snapshotOf(calls);
    store.handlers.snapshot!({ ...snap, sessions: [], callSessions: {} });
    expect(store.sessionList.value).toEqual([]);
    store.handlers.sessions!({ sessions: snap.sessions, callSessions: snap.callSessions });
    expect(store.sessionList.value).toHaveLength(2);
    expect(store.callsOfSession(OTHER).map((e) => e.call.id)).toEqual(['b0', 'b1']);
    expect(store.timelineSession.value).toBeUndefined(); // two sessions, none picked
    store.select('b1');
    expect(store.timelineSession.value?.sid).toBe(OTHER);
  });

  it("a whole session list (the tab judged again) takes away the live sessions it no longer has, not a file's", () => {
    const store = createPanelStore();
    const snap = snapshotOf(twoSessions());
    store.handlers.snapshot!(snap);
    store.stageImport({ entries: [], summaries: [], findings: [], sessions: [{ ...snap.sessions[1]!, key: `har1:${snap.sessions[1]!.key}` }], callSessions: {} });
    store.publishImports();
    expect(store.sessionList.value).toHaveLength(3);
    // The other sid's calls now belong to the first session.
    const relinked = Object.fromEntries(Object.keys(snap.callSessions).map((id) => [id, snap.sessions[0]!.key]));
    store.handlers.sessions!({ sessions: [snap.sessions[0]!], callSessions: relinked, whole: true });
    expect(store.sessionList.value.map((s) => s.key)).toEqual([snap.sessions[0]!.key, `har1:${snap.sessions[1]!.key}`]);
    // A partial update only adds.
    store.handlers.sessions!({ sessions: [snap.sessions[1]!], callSessions: {} });
    expect(store.sessionList.value).toHaveLength(3);
  });

  it('preserve log keeps the calls when the background clears or resyncs; Clear always empties', () => {
    const store = createPanelStore();
    store.handlers.snapshot!(snapshotOf(twoSessions()));
    store.preserveLog.value = true;
    store.handlers.cleared!({});
    expect(store.entries.value).toHaveLength(6);
    store.handlers.snapshot!(snapshotOf(toCalls([{ body: sessionStart(0) }], { idPrefix: 'n' })));
    expect(store.entries.value).toHaveLength(7);
    clearPanel(store);
    expect(store.entries.value).toHaveLength(0);
    expect(store.sessionList.value).toHaveLength(0);
    expect(store.preserveLog.value).toBe(true);
    store.preserveLog.value = false;
    store.handlers.snapshot!(snapshotOf(twoSessions()));
    store.handlers.cleared!({});
    expect(store.entries.value).toHaveLength(0);
  });

  it('keeps what it shows when the tab closes, and says so; a snapshot says when the extension was reloaded', () => {
    const store = createPanelStore();
    store.handlers.snapshot!({ ...snapshotOf(twoSessions()), reloadedAt: 1234 });
    expect(store.reloadedAt.value).toBe(1234);
    store.handlers.tabClosed!({});
    expect(store.connection.value).toBe('tab-closed');
    expect(store.entries.value).toHaveLength(6);
  });

  it('drops what the background dropped, with its findings', () => {
    const store = createPanelStore();
    store.handlers.snapshot!(snapshotOf(twoSessions()));
    store.handlers.dropped!({ count: 1, ids: ['a2'] });
    expect(store.findings.value.has('a2')).toBe(false);
    expect(store.dropped.value).toBe(1);
  });

  it('shows a snapshot as its parts arrive, says how far it is, and ends loading with the last part', () => {
    const store = createPanelStore();
    const calls = twoSessions();
    const { entries, findings, callSessions, ...rest } = snapshotOf(calls);
    const inOrder = [...entries].sort(compareEntries);
    const partOf = (from: number, to: number) => {
      const own = new Set(inOrder.slice(from, to).map(entryId));
      return {
        entries: inOrder.slice(from, to),
        findings: findings.filter((f) => own.has(f.callId)),
        callSessions: Object.fromEntries(Object.entries(callSessions).filter(([id]) => own.has(id))),
      };
    };
    store.select('a2');
    store.handlers.snapshot!({ ...rest, ...partOf(4, 6) });
    expect(store.entries.value.map((e) => (e.kind === 'call' ? e.call.id : ''))).toEqual(['a3', 'b1']);
    expect(store.loading.value).toEqual({ calls: 2, totalCalls: 6 });
    expect(store.sessionList.value).toHaveLength(2);
    expect(store.selectedCallId.value).toBe('a2'); // not here yet, but coming: kept
    store.handlers.snapshotPart!(partOf(2, 4));
    expect(store.loading.value).toEqual({ calls: 4, totalCalls: 6 });
    store.handlers.snapshotPart!(partOf(0, 2));
    expect(store.loading.value).toBeUndefined();
    expect(store.entries.value.map((e) => (e.kind === 'call' ? e.call.id : ''))).toEqual(['a0', 'a1', 'a2', 'b0', 'a3', 'b1']);
    expect(store.findings.value.get('a2')?.map((f) => f.rule)).toContain('ad-outside-break');
    expect(store.callCount.value).toBe(6);
    expect(store.selectedCallId.value).toBe('a2');
    // A call that arrives live afterwards is added to what the snapshot built.
    store.handlers.entries!(entriesOf(toCalls([{ body: ev('ping', 30) }], { idPrefix: 'live' })));
    expect(store.callCount.value).toBe(7);
    expect(entryId(store.entries.value.at(-1)!)).toBe('live0');
  });

  it('publishes each change of findings and sessions as a new value, so views redraw', () => {
    const store = createPanelStore();
    store.handlers.snapshot!(snapshotOf(twoSessions()));
    const before = store.findings.value;
    store.handlers.findings!([{ callId: 'a1', findings: before.get('a2')! }]);
    expect(store.findings.value).not.toBe(before);
    expect(store.findings.value.get('a1')).toBe(before.get('a2'));
    const links = store.callSessions.value;
    store.handlers.sessions!({ sessions: [], callSessions: { x: 'y' } });
    expect(store.callSessions.value).not.toBe(links);
    expect(store.callSessions.value.get('x')).toBe('y');
  });

  it('lists the event types present', () => {
    const store = createPanelStore();
    store.handlers.snapshot!(snapshotOf([...twoSessions(), ...toCalls([{ body: adBreakStart(40) }, { withheld: 'no body', body: {} }], { idPrefix: 'z' })]));
    expect(store.eventTypes.value).toEqual(['(body withheld)', 'adBreakStart', 'adStart', 'ping', 'play', 'sessionStart']);
  });
});
