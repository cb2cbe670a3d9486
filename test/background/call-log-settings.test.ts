import { describe, expect, it } from 'vitest';
import type { CallFindings } from '../../src/core/finding.js';
import { CallLog, type LogListener, type TabSnapshot } from '../../src/background/call-log.js';
import type { CallEntry } from '../../src/messaging/entry.js';
import type { SessionsUpdate } from '../../src/messaging/protocol.js';
import { adStart, sessionStart, SID, toCalls } from '../support/calls.js';
import { FakeSessionArea } from './fake-session-area.js';

/** A session whose adStart is outside an ad break: one ad-outside-break error. */
const CALLS = toCalls([{ body: sessionStart(0) }, { body: adStart(1) }]);

function recorder() {
  const findings: CallFindings[][] = [];
  const errorCounts: number[] = [];
  const sessions: SessionsUpdate[] = [];
  const listener: LogListener = {
    entries: () => {},
    findings: (_tabId, f) => findings.push([...f]),
    dropped: () => {},
    cleared: () => {},
    errorCount: (_tabId, n) => errorCounts.push(n),
    sessions: (_tabId, u) => sessions.push(u),
  };
  return { findings, errorCounts, sessions, listener };
}

async function capture(log: CallLog, tabId: number): Promise<void> {
  for (const [i, c] of CALLS.entries()) {
    const entry: CallEntry = { kind: 'call', resourceType: 'xmlhttprequest', call: { id: c.id, method: c.method, url: c.url, startedAt: c.startedAt, requestBody: c.requestBody } };
    await log.begin(tabId, entry);
    await log.settle(tabId, c.id, { status: c.status!, responseHeaders: c.responseHeaders ?? [] }, 5000 + i, entry);
  }
}

function snapshot(log: CallLog, tabId: number): Promise<TabSnapshot> {
  return new Promise((resolve) => void log.read(tabId, resolve));
}

const rulesOf = (s: TabSnapshot) => s.findings.flatMap((c) => c.findings.map((f) => `${f.rule}:${f.severity}`)).sort();

describe('CallLog under the user\'s settings', () => {
  it('judges with the settings read at start, before any stored call is rebuilt', async () => {
    const area = new FakeSessionArea();
    await capture(new CallLog(area, recorder().listener), 3);
    // A worker restart: the tab is rebuilt from storage, with ad-outside-break turned off.
    const restarted = new CallLog(area, recorder().listener, Promise.resolve({ rules: { 'ad-outside-break': 'off' } }));
    expect(rulesOf(await snapshot(restarted, 3))).toEqual([]);
  });

  it('judges every stored call again when the settings change, and tells the badge and the panels', async () => {
    const area = new FakeSessionArea();
    const rec = recorder();
    const log = new CallLog(area, rec.listener);
    await capture(log, 3);
    expect(rulesOf(await snapshot(log, 3))).toEqual(['accepted-not-counted:info', 'ad-outside-break:error']);
    expect(rec.errorCounts.at(-1)).toBe(1);

    await log.applySettings({ rules: { 'ad-outside-break': 'off' } });
    expect(rulesOf(await snapshot(log, 3))).toEqual([]);
    expect(rec.errorCounts.at(-1)).toBe(0);
    // The call that lost its findings is sent with an empty list, so a panel drops what it held.
    expect(rec.findings.at(-1)).toEqual([{ callId: CALLS[1]!.id, findings: [] }]);
    expect(rec.sessions.at(-1)?.sessions.find((s) => s.sid === SID)?.errors).toBe(0);

    await log.applySettings({ rules: { 'ad-outside-break': 'warning' } });
    expect(rulesOf(await snapshot(log, 3))).toEqual(['ad-outside-break:warning']);
    expect(rec.sessions.at(-1)?.sessions.find((s) => s.sid === SID)?.warnings).toBe(1);

    // New calls are judged under the settings too.
    await capture(log, 4);
    expect(rulesOf(await snapshot(log, 4))).toEqual(['ad-outside-break:warning']);
  });

  it('settings that cannot be read leave the defaults, and capture goes on', async () => {
    const log = new CallLog(new FakeSessionArea(), recorder().listener, Promise.reject(new Error('storage.sync unavailable')));
    await capture(log, 5);
    expect(rulesOf(await snapshot(log, 5))).toContain('ad-outside-break:error');
  });
});
