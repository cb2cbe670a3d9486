import { describe, expect, it } from 'vitest';
import { timelineModel } from '../../src/panel/timeline-model.js';
import { adBreakStart, adStart, chapterStart, ev, sessionStart, toCalls } from '../support/calls.js';
import { timelineCalls } from '../support/timelines.js';
import { snapshotOf } from './fixtures.js';

function modelOf(bodies: unknown[]) {
  const snap = snapshotOf(toCalls(bodies.map((body) => ({ body }))));
  const calls = snap.entries.flatMap((e) => (e.kind === 'call' ? [e] : []));
  return { model: timelineModel(calls, new Map(snap.findings.map((f) => [f.callId, f.findings]))), calls };
}

const T0 = 1_700_000_000_000;

describe('timeline model', () => {
  const cases: Array<{ name: string; bodies: unknown[]; check: (m: ReturnType<typeof modelOf>) => void }> = [
    {
      name: 'an eventType named after an object\'s own properties is no playback state, and every label is text',
      bodies: [sessionStart(0), ev('play', 1), { ...(ev('play', 2) as object), eventType: 'constructor' }, { ...(ev('play', 3) as object), eventType: '__proto__' }, ev('sessionEnd', 4)],
      check: ({ model }) => {
        expect(model.playback.map((s) => s.kind)).toEqual(['playing']);
        for (const lane of Object.values(model)) if (Array.isArray(lane)) for (const item of lane) expect(typeof (item as { label: unknown }).label).toBe('string');
      },
    },
    {
      name: 'playback lane: playing, paused, buffering spans, closed by the next state',
      bodies: [sessionStart(0), ev('play', 1), ev('pauseStart', 5), ev('play', 8), ev('bufferStart', 10), ev('play', 12), ev('sessionEnd', 20)],
      check: ({ model }) => {
        expect(model.playback.map((s) => [s.kind, (s.start - T0) / 1000, (s.end - T0) / 1000])).toEqual([
          ['playing', 1, 5],
          ['paused', 5, 8],
          ['playing', 8, 10],
          ['buffering', 10, 12],
          ['playing', 12, 20],
        ]);
      },
    },
    {
      name: 'ads inside a break are inside; an ad with no break stands out with its finding',
      bodies: [sessionStart(0), ev('play', 1), adBreakStart(2), adStart(2, 'in'), ev('adComplete', 17), ev('adBreakComplete', 17), adStart(30, 'stray'), ev('adComplete', 45)],
      check: ({ model, calls }) => {
        expect(model.adBreaks).toHaveLength(1);
        expect(model.adBreaks[0]).toMatchObject({ closed: true });
        expect(model.ads.map((a) => [a.label, a.outside, a.closed])).toEqual([
          ['in', false, true],
          ['stray', true, true],
        ]);
        const stray = calls[6]!.call.id;
        expect(model.findings.find((m) => m.callId === stray)?.kind).toBe('ad-outside-break');
      },
    },
    {
      name: 'chapters, player states (single and statesUpdate), pings and errors',
      bodies: [
        sessionStart(0),
        chapterStart(1),
        ev('stateStart', 2, { params: { 'media.state.name': 'mute' } }),
        ev('statesUpdate', 3, { params: { statesStart: [{ 'media.state.name': 'fullscreen' }], statesEnd: [{ 'media.state.name': 'mute' }] } }),
        ev('ping', 10),
        ev('error', 11, { params: { 'media.errorID': 'E42', 'media.errorSource': 'player' } }),
        ev('chapterComplete', 20),
      ],
      check: ({ model }) => {
        expect(model.chapters.map((c) => [c.label, c.closed])).toEqual([['1', true]]);
        expect(model.playerStates.map((s) => [s.label, s.closed])).toEqual([
          ['mute', true],
          ['fullscreen', false],
        ]);
        expect(model.pings).toHaveLength(1);
        expect(model.errors.map((e) => e.label)).toEqual(['E42']);
        expect((model.end - model.start) / 1000).toBe(20);
      },
    },
    {
      name: 'an open span runs to the last call',
      bodies: [sessionStart(0), adBreakStart(3), ev('ping', 9)],
      check: ({ model }) => expect(model.adBreaks[0]).toMatchObject({ closed: false, end: T0 + 9000 }),
    },
    {
      name: 'no calls: an empty model',
      bodies: [],
      check: ({ model }) => expect(model.callTimes.size).toBe(0),
    },
  ];
  for (const c of cases) it(c.name, () => c.check(modelOf(c.bodies)));

  it("draws Adobe's documented timelines with no ad outside a break", () => {
    for (const name of ['timeline-1', 'timeline-2', 'timeline-3', 'player-states']) {
      const snap = snapshotOf(timelineCalls(name));
      const calls = snap.entries.flatMap((e) => (e.kind === 'call' ? [e] : []));
      const model = timelineModel(calls, new Map());
      expect(model.ads.filter((a) => a.outside), name).toEqual([]);
      expect(model.callTimes.size, name).toBe(calls.length);
    }
  });
});
