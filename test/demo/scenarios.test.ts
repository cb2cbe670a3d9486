import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateEventBody } from '../../src/core/schema/validate-body.js';
import { bodyText, callUrl } from '../../src/demo/player/api-client.js';
import {
  SCENARIOS,
  SCENARIO_NAMES,
  eventBodies,
  type EventBody,
  type Scenario,
} from '../../src/demo/player/scenarios/index.js';
import { startTestServer, type TestServer } from './helpers.js';

const START = 1_760_000_000_000;
const all: Scenario[] = SCENARIO_NAMES.map((n) => SCENARIOS[n](START));
const clean = SCENARIOS.clean(START);

describe('every scenario', () => {
  it.each(all.map((s) => [s.name, s] as const))('%s: ts strictly increasing and equal to startTs + atMs', (_, s) => {
    let last = -Infinity;
    for (const call of s.calls) {
      if (!('json' in call.payload)) continue;
      const ts = (call.payload.json as { playerTime?: { ts?: unknown } }).playerTime?.ts;
      if (typeof ts !== 'number' || !Number.isInteger(ts)) continue; // the deliberately bad ones
      expect(ts).toBeGreaterThan(last);
      expect(ts - s.startTs).toBe(call.atMs);
      last = ts;
    }
  });

  it.each(all.map((s) => [s.name, s] as const))('%s: each expected 2xx body passes the schema, each 400 fails it', (_, s) => {
    for (const call of s.calls) {
      const where = `${s.name} @${call.atMs}`;
      if ('text' in call.payload) {
        expect(call.expect, where).toBe(400);
        expect(() => JSON.parse(bodyText(call)), where).toThrow();
        continue;
      }
      const { issues } = validateEventBody(call.payload.json);
      if (call.expect === 400) expect(issues.length, where).toBeGreaterThan(0);
      if (call.expect === 201 || call.expect === 204) expect(issues, where).toEqual([]);
    }
  });
});

describe('the clean scenario follows the docs', () => {
  const events = eventBodies(clean);
  const types = events.map((e) => e.eventType);

  it('is answered only 201 and 204, and opens and closes one session', () => {
    expect(new Set(clean.calls.map((c) => c.expect))).toEqual(new Set([201, 204]));
    expect(types[0]).toBe('sessionStart');
    expect(types.filter((t) => t === 'sessionStart')).toHaveLength(1);
    expect(types.slice(-2)).toEqual(['sessionComplete', 'sessionEnd']);
  });

  it('has a pre-roll of two ads, a mid-roll, two chapters, a buffer and a pause', () => {
    const breaks = events.filter((e) => e.eventType === 'adBreakStart');
    expect(breaks.map((e) => e.params?.['media.ad.podSecond'])).toEqual([0, 20]);
    expect(types.filter((t) => t === 'adStart')).toHaveLength(3);
    expect(types.filter((t) => t === 'chapterStart')).toHaveLength(2);
    expect(types).toContain('bufferStart');
    expect(types).toContain('pauseStart');
    // Pre-roll: no play before adBreakStart and adStart (events/ads/overview.md).
    expect(types.indexOf('play')).toBeGreaterThan(types.indexOf('adStart'));
  });

  it('keeps every ad inside an ad break and closes each ad, break and chapter', () => {
    // What is open before each event, checked against what the event needs open.
    const open = { adBreak: false, ad: false, chapter: false };
    const needs: Record<string, [keyof typeof open, boolean, boolean][]> = {
      adBreakStart: [['adBreak', false, true]],
      adStart: [['adBreak', true, true], ['ad', false, true]],
      adComplete: [['ad', true, false]],
      adBreakComplete: [['ad', false, false], ['adBreak', true, false]],
      chapterStart: [['chapter', false, true]],
      chapterComplete: [['chapter', true, false]],
    };
    for (const [i, t] of types.entries()) {
      for (const [what, mustBe, becomes] of needs[t] ?? []) {
        expect(open[what], `${t} #${i}: ${what} open`).toBe(mustBe);
        open[what] = becomes;
      }
    }
    expect(open).toEqual({ adBreak: false, ad: false, chapter: false });
  });

  it('pings at least every second in ads and every 10 s otherwise', () => {
    let inAd = false;
    for (let i = 1; i < events.length; i++) {
      const prev = events[i - 1]!;
      const cur = events[i]!;
      const gap = cur.playerTime.ts - prev.playerTime.ts;
      expect(gap, `${prev.eventType} -> ${cur.eventType}`).toBeLessThanOrEqual(inAd ? 1_000 : 10_000);
      if (cur.eventType === 'adStart') inAd = true;
      if (cur.eventType === 'adComplete') inAd = false;
    }
    // Content pings fall on the 10 s grid of the session, as in Timeline 1.
    const contentPings = events.filter((e, i) => e.eventType === 'ping' && !adAt(events, i));
    for (const p of contentPings) expect((p.playerTime.ts - START) % 10_000).toBe(0);
  });

  it('holds the playhead during ads and keeps it within the content', () => {
    const length = clean.calls[0]!.view.contentLength;
    let adPlayhead: number | undefined;
    for (const e of events) {
      expect(e.playerTime.playhead).toBeGreaterThanOrEqual(0);
      expect(e.playerTime.playhead).toBeLessThan(length);
      if (e.eventType === 'adBreakStart') adPlayhead = e.playerTime.playhead;
      if (adPlayhead !== undefined) expect(e.playerTime.playhead).toBe(adPlayhead);
      if (e.eventType === 'adBreakComplete') adPlayhead = undefined;
    }
  });

  it('carries customMetadata only on adStart and chapterStart', () => {
    for (const e of events) {
      if (e.customMetadata) expect(['adStart', 'chapterStart']).toContain(e.eventType);
    }
  });
});

function adAt(events: EventBody[], index: number): boolean {
  for (let i = index; i >= 0; i--) {
    const t = events[i]!.eventType;
    if (t === 'adComplete' || t === 'adSkip') return false;
    if (t === 'adStart') return true;
  }
  return false;
}

describe('the scenarios replayed against the mock server from node', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it.each(SCENARIO_NAMES)('%s: every call gets the status the scenario expects', async (name) => {
    const scenario = SCENARIOS[name](Date.now());
    const base = server.url.replace(/\/$/, '');
    let sid: string | undefined;
    const got: number[] = [];
    for (const call of scenario.calls) {
      const url = callUrl(base, call, sid);
      if (!url) throw new Error(`${name}: no sid for call @${call.atMs}`);
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: bodyText(call),
      });
      if (res.status === 201) sid = res.headers.get('location')!.split('/').pop();
      got.push(res.status);
    }
    expect(got).toEqual(scenario.calls.map((c) => c.expect));
  });
});
