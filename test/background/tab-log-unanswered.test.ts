import { describe, expect, it } from 'vitest';
import type { CapturedCall } from '../../src/core/call.js';
import type { CallFindings } from '../../src/core/finding.js';
import { TabLog } from '../../src/background/tab-log.js';
import { settled } from '../../src/background/stored-records.js';
import { TabVerdicts } from '../../src/background/tab-verdicts.js';
import type { SessionsUpdate } from '../../src/messaging/protocol.js';
import type { CallEntry } from '../../src/messaging/entry.js';
import { adBreakStart, adStart, ev, sessionStart, toCalls, type EventSpec } from '../support/calls.js';
import { toEdgeCalls } from '../support/edge-calls.js';

/*
 * A call whose answer a stopped worker never saw is restored `interrupted`. With DevTools closed
 * nothing fills its answer in, so the tab judges it on its request alone; an answer that comes
 * after all has the tab judged as if it had been seen from the start.
 */
const TAB = 7;

/** The call as the worker that sent it recorded it: a request with no outcome. */
function requestOf(call: CapturedCall): CapturedCall {
  const { status: _s, statusText: _t, responseHeaders: _h, responseBody: _b, networkError: _e, durationMs: _d, unanswered: _u, ...request } = call;
  return request;
}

/** The tab's entries: every call settled 30 ms after it was sent, but those at `unanswered`, restored interrupted. */
function entriesOf(calls: CapturedCall[], unanswered: number[]): CallEntry[] {
  return calls.map((call, i) =>
    unanswered.includes(i)
      ? { kind: 'call', resourceType: 'xmlhttprequest', call: requestOf(call), interrupted: true }
      : { kind: 'call', resourceType: 'xmlhttprequest', call, settledAt: call.startedAt + 30 },
  );
}

function rulesOf(log: TabLog, callId: string): string[] {
  return (log.allFindings().find((f) => f.callId === callId)?.findings ?? []).map((f) => `${f.rule}:${f.severity}`).sort();
}

const byCall = (list: CallFindings[]) => [...list].sort((a, b) => (a.callId < b.callId ? -1 : 1));

describe('a call whose answer was never seen, DevTools closed', () => {
  it('an adStart with a valid body is judged as accepted: its missing ad break is reported, and said to be judged so', () => {
    const calls = toCalls([{ body: sessionStart(0) }, { body: ev('play', 1) }, { body: adStart(2) }]);
    const log = TabLog.restore(TAB, entriesOf(calls, [2]), 0);
    expect(rulesOf(log, calls[2]!.id)).toEqual(['accepted-not-counted:info', 'ad-outside-break:error', 'answer-unseen:info']);
    expect(log.errors).toBe(1);
    // What the panel sends for it is the verdict: the info finding names how it was judged.
    const said = log.allFindings().find((f) => f.callId === calls[2]!.id)!.findings.find((f) => f.rule === 'answer-unseen')!;
    expect(said.message.id).toBe('rules-call.answer-unseen.accepted');
  });

  it('a body that breaks the schema is reported in full and judged as rejected: the break it would open stays closed', () => {
    const calls = toCalls([{ body: sessionStart(0) }, { body: ev('adBreakStart', 1, { params: {} }) }, { body: adStart(1.2) }]);
    const log = TabLog.restore(TAB, entriesOf(calls, [1]), 0);
    expect(rulesOf(log, calls[1]!.id)).toEqual(['answer-unseen:info', 'body-schema:error', 'body-schema:error']);
    expect(log.allFindings().find((f) => f.callId === calls[1]!.id)!.findings.find((f) => f.rule === 'answer-unseen')!.message.id).toBe(
      'rules-call.answer-unseen.rejected',
    );
    expect(rulesOf(log, calls[2]!.id)).toContain('ad-outside-break:error');
  });

  it('no response-code rule guesses at the answer, and the session keeps the state its events give it', () => {
    const calls = toCalls([{ body: sessionStart(0) }, { body: ev('play', 1) }, { body: ev('sessionEnd', 2) }]);
    const log = TabLog.restore(TAB, entriesOf(calls, [1, 2]), 0);
    expect(rulesOf(log, calls[1]!.id)).toEqual(['answer-unseen:info']);
    expect(rulesOf(log, calls[2]!.id)).toEqual(['answer-unseen:info']);
    expect(log.allSessions().sessions.map((s) => s.state)).toEqual(['ended']);
  });

  it('is judged where its answer would have come: after the answers of the calls sent before it', () => {
    const calls = toCalls([{ body: sessionStart(0) }, { body: ev('play', 1) }, { body: ev('ping', 1.5) }]);
    const entries = entriesOf(calls, [2]);
    entries[1]!.settledAt = calls[1]!.startedAt + 5_000; // a slow answer, long after the ping was sent
    const log = TabLog.restore(TAB, entries, 0);
    // Judged at its sending, the ping would have reached the server first, and the play seem late.
    expect(log.allFindings().flatMap((f) => f.findings.map((x) => x.rule))).toEqual(['answer-unseen']);
  });

  it('a Media Edge adStart is judged the same way', () => {
    const calls = toEdgeCalls([{ body: sessionStart(0) }, { body: ev('play', 1) }, { body: adStart(2) }], { live: true });
    const log = TabLog.restore(TAB, entriesOf(calls, [0, 2]), 0);
    expect(rulesOf(log, calls[0]!.id)).toEqual(['answer-unseen:info']);
    expect(rulesOf(log, calls[2]!.id)).toEqual(['accepted-not-counted:info', 'ad-outside-break:error', 'answer-unseen:info']);
    expect(log.allSessions().sessions).toHaveLength(1);
  });
});

/** Judges a call that just settled as the background does, and what the panels are told of it. */
async function judgeSettled(log: TabLog, entry: CallEntry): Promise<{ changed: CallFindings[]; sessions: SessionsUpdate[] }> {
  const told = { changed: [] as CallFindings[], sessions: [] as SessionsUpdate[] };
  const verdicts = new TabVerdicts({ findings: (_tab, changed) => void told.changed.push(...changed), errorCount() {}, sessions: (_tab, update) => void told.sessions.push(update) }, () => true);
  log.put(entry);
  await verdicts.judgeSettled(log, entry.call);
  return told;
}

describe('its answer comes after all', () => {
  const specs: EventSpec[] = [{ body: sessionStart(0) }, { body: adBreakStart(1) }, { body: adStart(1.2) }, { body: ev('adComplete', 5) }, { body: ev('adBreakComplete', 5.1) }, { body: ev('play', 6) }];
  const outcomes: [string, Partial<CapturedCall>][] = [
    ['204, as it was judged', { status: 204 }],
    ['400, though its body passes', { status: 400, responseBody: '{"message":"no"}' }],
    ['a network failure', { networkError: 'net::ERR_CONNECTION_RESET' }],
  ];

  it.each(outcomes)('%s: the tab is judged again, with the findings of a capture that saw the answer from the start', async (_name, outcome) => {
    const calls = toCalls(specs);
    const lateCall = calls[1]!; // the adBreakStart: whether it counted decides the adStart's verdict
    const settledAt = lateCall.startedAt + 2_000; // after the calls that followed it had settled

    const log = TabLog.restore(TAB, entriesOf(calls, [1]), 0);
    const entry = settled({ kind: 'call', resourceType: 'xmlhttprequest', call: requestOf(lateCall), interrupted: true }, outcome, settledAt);
    const { changed, sessions } = await judgeSettled(log, entry);

    const straight = TabLog.restore(TAB, [...entriesOf(calls, []).filter((e) => e.call.id !== lateCall.id), entry], 0);
    expect(byCall(log.allFindings())).toEqual(byCall(straight.allFindings()));
    expect(log.errors).toBe(straight.errors);
    expect(log.allSessions()).toEqual(straight.allSessions());
    expect(rulesOf(log, lateCall.id)).not.toContain('answer-unseen:info');
    // Every call whose list changed is in what the panel is sent, the late call's included.
    expect(changed.map((c) => c.callId)).toContain(lateCall.id);
    for (const c of changed) expect(c.findings).toEqual(straight.allFindings().find((f) => f.callId === c.callId)?.findings ?? []);
    // And the panel's session list is sent whole, each call with its session.
    expect(sessions).toEqual([{ ...straight.allSessions(), whole: true }]);
  });

  it('a 400 for the adBreakStart that was judged accepted: its adStart is now outside a break', async () => {
    const calls = toCalls(specs);
    const log = TabLog.restore(TAB, entriesOf(calls, [1]), 0);
    expect(rulesOf(log, calls[2]!.id)).toEqual([]);
    const entry = settled({ kind: 'call', resourceType: 'xmlhttprequest', call: requestOf(calls[1]!), interrupted: true }, { status: 400 }, calls[1]!.startedAt + 30);
    const { changed } = await judgeSettled(log, entry);
    expect(rulesOf(log, calls[2]!.id)).toContain('ad-outside-break:error');
    expect(changed.find((c) => c.callId === calls[2]!.id)?.findings.map((f) => f.rule)).toContain('ad-outside-break');
    expect(rulesOf(log, calls[1]!.id)).toContain('http-400:error');
  });
});
