import { describe, expect, it } from 'vitest';
import type { CapturedCall } from '../../src/core/call.js';
import type { CallEntry } from '../../src/messaging/entry.js';
import type { SessionSummary } from '../../src/messaging/protocol.js';
import { CallLog, type LogListener, type TabSnapshot } from '../../src/background/call-log.js';
import { adStart, ev, sessionStart } from '../support/calls.js';
import { EDGE_SID, sessionStartResponse, toEdgeCalls } from '../support/edge-calls.js';
import { FakeSessionArea } from './fake-session-area.js';

/**
 * The panel reads a Media Edge sessionStart's response through devtools.network and sends it
 * over the port; the background links the session by the id in it and tells the panels.
 */
const TAB = 4;
const OTHER_SID = 'f'.repeat(64);
// As webRequest captures them: no response bodies.
const [start, play, stray] = toEdgeCalls([{ body: sessionStart(0) }, { body: ev('play', 1000) }, { body: adStart(2000) }], { live: true });

function entry(call: CapturedCall): CallEntry {
  const { status: _s, ...sent } = call;
  return { kind: 'call', resourceType: 'xmlhttprequest', call: sent };
}

function setup() {
  const sessions = new Map<string, SessionSummary>();
  const listener: LogListener = {
    entries() {},
    findings() {},
    dropped() {},
    cleared() {},
    errorCount() {},
    sessions: (_tab, update) => update.sessions.forEach((s) => sessions.set(s.key, s)),
  };
  const log = new CallLog(new FakeSessionArea(), listener);
  const capture = async (...calls: CapturedCall[]) => {
    for (const call of calls) {
      await log.begin(TAB, entry(call));
      await log.settle(TAB, call.id, { status: call.status!, responseHeaders: [] }, call.startedAt + 50, entry(call));
    }
  };
  /** The panels' view of the tab's only session, once it satisfies `ready`. */
  const sessionWhen = async (ready: (s: SessionSummary) => boolean): Promise<SessionSummary> => {
    for (const deadline = Date.now() + 2000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 10))) {
      const [only, ...more] = sessions.values();
      if (only && more.length === 0 && ready(only)) return only;
    }
    throw new Error(`no session update as expected; the panels hold ${JSON.stringify([...sessions.values()])}`);
  };
  const snapshot = () => new Promise<TabSnapshot>((resolve) => void log.read(TAB, resolve));
  return { log, capture, sessionWhen, snapshot };
}

describe('CallLog: Media Edge sessions linked by the response DevTools read', () => {
  it('turns a link by order into an exact one, and pushes the session to the panels', async () => {
    const { log, capture, sessionWhen, snapshot } = setup();
    await capture(start!, play!);
    await sessionWhen((s) => s.link?.by === 'first-event');
    await log.linkEdgeSessionStart(TAB, start!.id, sessionStartResponse(EDGE_SID));
    expect(await sessionWhen((s) => s.link?.by === 'response')).toMatchObject({ sid: EDGE_SID, api: 'media-edge', link: { by: 'response' } });
    expect((await snapshot()).sessions).toMatchObject([{ sid: EDGE_SID, link: { by: 'response' } }]);
  });

  it('keeps a session whose link by order named another id, with its findings, and says the response disagreed', async () => {
    const { log, capture, sessionWhen, snapshot } = setup();
    await capture(start!, play!, stray!);
    await sessionWhen((s) => s.link?.by === 'first-event');
    const before = await snapshot();
    const strayFindings = before.findings.find((f) => f.callId === stray!.id)?.findings;
    expect(strayFindings?.map((f) => f.rule)).toContain('ad-outside-break');
    await log.linkEdgeSessionStart(TAB, start!.id, sessionStartResponse(OTHER_SID));
    const session = await sessionWhen((s) => s.link?.responseSid !== undefined);
    expect(session).toMatchObject({ sid: EDGE_SID, link: { by: 'first-event', responseSid: OTHER_SID } });
    const after = await snapshot();
    expect(after.findings.find((f) => f.callId === stray!.id)?.findings).toEqual(strayFindings);
    expect(after.callSessions).toEqual(before.callSessions);
  });

  it('links a sessionStart whose response was read before the call settled, and keeps the link when the rules change', async () => {
    const { log, capture, sessionWhen, snapshot } = setup();
    await log.begin(TAB, entry(start!));
    await log.linkEdgeSessionStart(TAB, start!.id, sessionStartResponse(EDGE_SID));
    await log.settle(TAB, start!.id, { status: 200, responseHeaders: [] }, start!.startedAt + 50, entry(start!));
    await capture(play!);
    await sessionWhen((s) => s.link?.by === 'response');
    await log.applySettings({});
    expect((await snapshot()).sessions).toMatchObject([{ sid: EDGE_SID, link: { by: 'response' } }]);
  });

  it('ignores a response for a tab it holds nothing of', async () => {
    const { log, snapshot } = setup();
    await log.linkEdgeSessionStart(TAB, 'no-such-call', sessionStartResponse(EDGE_SID));
    expect((await snapshot()).sessions).toEqual([]);
  });
});
