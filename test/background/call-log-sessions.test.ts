import { describe, expect, it } from 'vitest';
import type { SessionsUpdate } from '../../src/messaging/protocol.js';
import type { CallEntry } from '../../src/messaging/entry.js';
import { CallLog, type LogListener, type TabSnapshot } from '../../src/background/call-log.js';
import { FakeSessionArea } from './fake-session-area.js';

const API = 'https://example.hb-api.omtrdc.net/api/v1/sessions';

function entry(id: number, url: string, body: object): CallEntry {
  return { kind: 'call', resourceType: 'xmlhttprequest', call: { id: String(id), method: 'POST', url, startedAt: 1000 + id, requestBody: { kind: 'text', text: JSON.stringify(body) } } };
}

const start = entry(1, API, {
  eventType: 'sessionStart',
  playerTime: { playhead: 0, ts: 1001 },
  params: { 'media.name': 'Film', 'media.id': 'f1', 'media.contentType': 'vod', 'media.playerName': 'p' },
});
const play = entry(2, `${API}/sid1/events`, { eventType: 'play', playerTime: { playhead: 0, ts: 1002 } });
const stray = entry(3, `${API}/sid2/events`, { eventType: 'play', playerTime: { playhead: 0, ts: 1003 } });

describe('CallLog session updates for the panel', () => {
  it('sends the changed sessions once per burst, and every session in the snapshot', async () => {
    const updates: SessionsUpdate[] = [];
    const listener: LogListener = { entries() {}, findings() {}, dropped() {}, cleared() {}, errorCount() {}, sessions: (_tab, u) => updates.push(u) };
    const log = new CallLog(new FakeSessionArea(), listener);
    for (const e of [start, play, stray]) await log.begin(4, e);
    const location = { status: 201, responseHeaders: [{ name: 'Location', value: '/api/v1/sessions/sid1' }] };
    await log.settle(4, '1', location, 2001, start);
    await log.settle(4, '2', { status: 204, responseHeaders: [] }, 2002, play);
    await log.settle(4, '3', { status: 204, responseHeaders: [] }, 2003, stray);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(updates).toHaveLength(1);
    expect(updates[0]!.callSessions).toEqual({ '1': 'sid1', '2': 'sid1', '3': 'sid2' });
    const byKey = new Map(updates[0]!.sessions.map((s) => [s.key, s]));
    expect(byKey.get('sid1')).toMatchObject({ mediaName: 'Film', mediaId: 'f1', startSeen: true, state: 'active' });
    expect(byKey.get('sid2')).toMatchObject({ startSeen: false });
    expect(byKey.get('sid1')).not.toHaveProperty('callIds');

    const snap = await new Promise<TabSnapshot>((resolve) => void log.read(4, resolve));
    expect(snap.callSessions).toEqual({ '1': 'sid1', '2': 'sid1', '3': 'sid2' });
    expect(snap.sessions.map((s) => s.key).sort()).toEqual(['sid1', 'sid2']);
  });

  it('after a restart, gives every session in the snapshot and only what is new in the updates', async () => {
    const area = new FakeSessionArea();
    const quiet: LogListener = { entries() {}, findings() {}, dropped() {}, cleared() {}, errorCount() {} };
    const first = new CallLog(area, quiet);
    for (const e of [start, play]) await first.begin(4, e);
    await first.settle(4, '1', { status: 201, responseHeaders: [{ name: 'Location', value: '/api/v1/sessions/sid1' }] }, 2001, start);
    await first.settle(4, '2', { status: 204, responseHeaders: [] }, 2002, play);

    const updates: SessionsUpdate[] = [];
    const restarted = new CallLog(area, { ...quiet, sessions: (_tab, u) => updates.push(u) });
    const snap = await new Promise<TabSnapshot>((resolve) => void restarted.read(4, resolve));
    expect(snap.callSessions).toEqual({ '1': 'sid1', '2': 'sid1' });
    await restarted.begin(4, stray);
    await restarted.settle(4, '3', { status: 204, responseHeaders: [] }, 2003, stray);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(updates).toHaveLength(1);
    expect(updates[0]!.callSessions).toEqual({ '3': 'sid2' });
    expect(updates[0]!.sessions.map((s) => s.key)).toEqual(['sid2']);
  });
});
