import { describe, expect, test } from 'vitest';
import type { CapturedCall } from '../../src/core/call.js';
import { Inspector } from '../../src/core/inspector.js';
import type { CallRule, SequenceRule } from '../../src/core/rules/rule.js';
import type { EventType } from '../../src/core/event-types.js';
import { generateSession } from '../../bench/corpus.js';
import { adBreakStart, adStart, ev, sessionStart, toCalls } from '../support/calls.js';

/** Findings keyed by call, without the rule that only exists because of arrival order. */
function summary(inspector: Inspector, calls: CapturedCall[]): string[] {
  return calls.flatMap((c) => inspector.findingsOf(c.id).filter((f) => f.rule !== 'out-of-order-arrival').map((f) => `${c.id} ${f.rule} ${f.severity}`));
}

describe('Inspector', () => {
  test('ignores calls that are not Media Collection API calls, and unsettled ones', () => {
    const inspector = new Inspector();
    expect(inspector.push({ id: 'x', method: 'GET', url: 'https://x.net/video.mp4', startedAt: 0, requestBody: { kind: 'none' }, status: 200 })).toEqual([]);
    const [call] = toCalls([{ body: sessionStart(0) }]);
    const pending = { ...call!, status: undefined };
    expect(inspector.push(pending)).toEqual([]);
    expect(inspector.sessions()).toEqual([]);
  });

  test('links events to the sessionStart through the Location of its 201', () => {
    const calls = toCalls([{ body: sessionStart(0) }, { body: ev('play', 1) }]);
    const inspector = new Inspector();
    calls.forEach((c) => inspector.push(c));
    const [session] = inspector.sessions();
    expect(session).toMatchObject({ sid: 'a'.repeat(64), startSeen: true, startCallId: calls[0]!.id, mediaName: 'Big Buck Bunny', contentType: 'vod', state: 'active' });
    expect(session!.callIds).toEqual(calls.map((c) => c.id));
    expect(inspector.sessionKeyOf(calls[1]!.id)).toBe('a'.repeat(64));
  });

  test('places every call in its session, asked after each call or after many, with sessions interleaved', () => {
    const sessions = Array.from({ length: 30 }, (_, n) =>
      toCalls([{ body: ev('ping', 1) }, { body: ev('ping', 11_000) }, { body: ev('ping', 21_000) }], { sid: `s${n}`, idPrefix: `s${n}-` }),
    );
    // Round-robin: each call goes to another session than the one before.
    const interleaved = [0, 1, 2].flatMap((k) => sessions.map((calls) => calls[k]!));
    for (const order of [interleaved, sessions.flat()]) {
      const askedEachTime = new Inspector();
      for (const call of order) {
        askedEachTime.push(call);
        expect(askedEachTime.sessionKeyOf(call.id)).toBe(call.url.split('/').at(-2));
      }
    }
    const askedAtEnd = new Inspector();
    interleaved.slice(0, 40).forEach((c) => askedAtEnd.push(c));
    expect(askedAtEnd.sessionKeyOf(interleaved[5]!.id)).toBe('s5');
    interleaved.slice(40).forEach((c) => askedAtEnd.push(c));
    for (const call of interleaved) expect(askedAtEnd.sessionKeyOf(call.id), call.id).toBe(call.url.split('/').at(-2));
    expect(askedAtEnd.sessionKeyOf('no-such-call')).toBeUndefined();
  });

  test('keeps sessions apart by sid, and marks one whose start was not captured', () => {
    const a = toCalls([{ body: sessionStart(0) }, { body: ev('play', 1) }], { sid: 'a1' });
    const b = toCalls([{ body: ev('ping', 5) }], { sid: 'b2' });
    const inspector = new Inspector();
    [...a, ...b].forEach((c) => inspector.push(c));
    const sessions = inspector.sessions();
    expect(sessions.map((s) => [s.sid, s.startSeen, s.callIds.length])).toEqual([['a1', true, 2], ['b2', false, 1]]);
  });

  test('a failed sessions call forms a rejected session of its own', () => {
    const [call] = toCalls([{ body: { eventType: 'sessionStart' }, status: 400 }]);
    const inspector = new Inspector();
    inspector.push(call!);
    expect(inspector.sessions()[0]).toMatchObject({ key: `call:${call!.id}`, state: 'rejected', errors: 3 });
    expect(inspector.findingsOf(call!.id).map((f) => f.rule)).toEqual(['http-400', 'body-schema', 'body-schema']);
  });

  test('returns, per push, the complete findings of every call that changed', () => {
    const calls = toCalls([{ body: sessionStart(0) }, { body: adStart(1) }]);
    const inspector = new Inspector();
    expect(inspector.push(calls[0]!)).toEqual([]);
    const update = inspector.push(calls[1]!);
    expect(update.map((u) => [u.callId, u.findings.map((f) => f.rule)])).toEqual([[calls[1]!.id, ['ad-outside-break', 'accepted-not-counted']]]);
  });

  test('a late adBreakStart withdraws the ad-outside-break finding it disproves', () => {
    const calls = toCalls([{ body: sessionStart(0) }, { body: adBreakStart(1) }, { body: adStart(1.2) }]);
    const inspector = new Inspector();
    inspector.push(calls[0]!);
    inspector.push(calls[2]!);
    expect(inspector.findingsOf(calls[2]!.id).map((f) => f.rule)).toEqual(['ad-outside-break', 'accepted-not-counted']);
    const update = inspector.push(calls[1]!);
    expect(update.find((u) => u.callId === calls[2]!.id)?.findings).toEqual([]);
    expect(inspector.findingsOf(calls[2]!.id)).toEqual([]);
    expect(inspector.sessions()[0]!.errors).toBe(0);
  });

  test('shuffled arrival within the reorder window gives the same findings as ts order', () => {
    // A long session with mistakes in it, so there are findings to keep or lose.
    const calls = generateSession(7, 3000).filter((_, i) => i === 0 || i % 53 !== 0);
    const ordered = new Inspector();
    calls.forEach((c) => ordered.push(c));
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    // Each call lands fewer than 8 places from its own: within the server's buffer of 10 events.
    const shuffled = calls
      .map((c, i) => ({ c, key: i + random() * 8 }))
      .sort((a, b) => a.key - b.key)
      .map(({ c }) => c);
    expect(shuffled.filter((c, i) => c !== calls[i]).length).toBeGreaterThan(calls.length / 2);
    const reordered = new Inspector();
    shuffled.forEach((c) => reordered.push(c));
    const expected = summary(ordered, calls);
    expect(expected.length).toBeGreaterThan(10);
    expect(summary(reordered, calls)).toEqual(expected);
  });

  test('steps every sequence rule, wherever it sits in a long list, only on the event types it reads', () => {
    const seen: string[][] = [];
    const recorder = (n: number, eventTypes?: EventType[]): SequenceRule<null> => ({
      kind: 'sequence',
      meta: { id: `r${n}`, title: 'rules-call.http-410.title', severity: 'info', docs: [], summary: '' },
      eventTypes,
      init: () => null,
      clone: () => null,
      onEvent: (_s, e) => void (seen[n] ??= []).push(e.eventType),
    });
    // Past the positions with a call site of their own (UNROLLED_SITES), and up to the limit of 31.
    const rules = Array.from({ length: 31 }, (_, n) => recorder(n, n % 2 ? ['ping'] : undefined));
    const inspector = new Inspector({ callRules: [], sequenceRules: rules });
    toCalls([{ body: sessionStart(0) }, { body: ev('play', 1) }, { body: ev('ping', 2) }]).forEach((c) => inspector.push(c));
    for (let n = 0; n < 31; n++) expect(seen[n], `rule ${n}`).toEqual(n % 2 ? ['ping'] : ['sessionStart', 'play', 'ping']);
    expect(() => new Inspector({ sequenceRules: [...rules, recorder(31)] }).push(toCalls([{ body: sessionStart(0) }])[0]!)).toThrow(/at most 31 sequence rules/);
  });

  test('runs every call rule, wherever it sits in a long list, only on the calls it asks for', () => {
    const seen: string[][] = [];
    const recorder = (n: number, eventTypes?: EventType[]): CallRule => ({
      kind: 'call',
      meta: { id: `c${n}`, title: 'rules-call.http-410.title', severity: 'info', docs: [], summary: '' },
      triggers: eventTypes ? { eventTypes } : undefined,
      check: (ctx) => void (seen[n] ??= []).push(ctx.eventType ?? '?'),
    });
    // Past the positions with a call site of their own (UNROLLED_SITES), and up to the limit of 31.
    const rules = Array.from({ length: 31 }, (_, n) => recorder(n, n % 2 ? ['ping'] : undefined));
    const inspector = new Inspector({ callRules: rules, sequenceRules: [] });
    toCalls([{ body: sessionStart(0) }, { body: ev('play', 1) }, { body: ev('ping', 2) }]).forEach((c) => inspector.push(c));
    for (let n = 0; n < 31; n++) expect(seen[n], `rule ${n}`).toEqual(n % 2 ? ['ping'] : ['sessionStart', 'play', 'ping']);
    expect(() => new Inspector({ callRules: [...rules, recorder(31)] })).toThrow(/at most 31 call rules/);
  });

  test('a call too late to reorder is judged where it arrived, and memory stays bounded', () => {
    const calls = generateSession(8, 2000);
    const inspector = new Inspector();
    const late = calls[100]!;
    calls.forEach((c) => c !== late && inspector.push(c));
    inspector.push(late);
    const rules = inspector.findingsOf(late.id).map((f) => [f.rule, f.severity]);
    expect(rules).toContainEqual(['out-of-order-arrival', 'warning']);
    expect(inspector.sessions()[0]!.callIds).toHaveLength(calls.length);
  });
});
