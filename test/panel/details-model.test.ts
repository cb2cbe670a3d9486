import { describe, expect, it } from 'vitest';
import { curlCommand } from '../../src/panel/curl.js';
import { jsonLines } from '../../src/panel/json-lines.js';
import { summarizeCall } from '../../src/panel/call-summary.js';
import { sessionLabel, sessionDetails } from '../../src/panel/session-label.js';
import { endView, OVERSCAN, ROW_HEIGHT, rowSlots, visibleWindow, windowCovers } from '../../src/panel/virtual-window.js';
import { adStart, ev, sessionStart, toCalls } from '../support/calls.js';
import { entriesOf, snapshotOf } from './fixtures.js';

describe('JSON with highlights', () => {
  it('prints the body as indented lines, each with its pointer', () => {
    const lines = jsonLines({ eventType: 'play', playerTime: { playhead: 0, ts: 1 }, list: [1, 'a/b'], empty: {} });
    expect(lines.map((l) => '  '.repeat(l.depth) + l.text)).toEqual([
      '{',
      '  "eventType": "play",',
      '  "playerTime": {',
      '    "playhead": 0,',
      '    "ts": 1',
      '  },',
      '  "list": [',
      '    1,',
      '    "a/b"',
      '  ],',
      '  "empty": {}',
      '}',
    ]);
    expect(lines[3]!.pointer).toBe('/playerTime/playhead');
    expect(lines[8]!.pointer).toBe('/list/1');
  });

  it('highlights what a finding points at, and everything inside it', () => {
    const lines = jsonLines({ params: { 'a/b': 1, c: 2 }, d: 3 }, ['/params/a~1b', '/d']);
    expect(lines.filter((l) => l.highlighted).map((l) => l.text)).toEqual(['"a/b": 1,', '"d": 3']);
    const whole = jsonLines({ params: { c: 2 } }, ['/params']);
    expect(whole.filter((l) => l.highlighted).map((l) => l.pointer)).toEqual(['/params', '/params/c', '/params']);
  });

  it('highlights a finding pointer of the real inspector on the right line', () => {
    const snap = snapshotOf(toCalls([{ body: sessionStart(0) }, { body: ev('play', 1, { params: { 'media.ad.id': 7 } }) }]));
    const pointers = snap.findings.flatMap((f) => f.findings.map((x) => x.pointer)).filter((p): p is string => !!p);
    expect(pointers.length).toBeGreaterThan(0);
    const body = JSON.parse((snap.entries[1]! as { call: { requestBody: { text: string } } }).call.requestBody.text);
    expect(jsonLines(body, pointers).some((l) => l.highlighted)).toBe(true);
  });

  it('keeps markup in captured values as text', () => {
    const [line] = jsonLines('<img src=x onerror=alert(1)>');
    expect(line!.text).toBe('"<img src=x onerror=alert(1)>"');
  });
});

describe('copy as cURL', () => {
  it('quotes every part for a POSIX shell, including quotes inside the body', () => {
    const [call] = toCalls([{ body: ev('play', 1, { params: { 'media.name': "it's" } }) }], { sid: 's1' });
    call!.requestHeaders = [
      { name: 'Content-Type', value: 'application/json' },
      { name: 'Content-Length', value: '99' },
    ];
    const cmd = curlCommand(call!);
    expect(cmd).toBe(
      `curl 'https://example.hb-api.omtrdc.net/api/v1/sessions/s1/events' -X 'POST' -H 'Content-Type: application/json' --data-raw '${(call!.requestBody as { text: string }).text.replace(/'/g, `'\\''`)}'`,
    );
    expect(cmd).toContain(`it'\\''s`);
  });

  it('adds a JSON content type when none was captured, and no body when the browser withheld it', () => {
    const [withBody, withheld] = toCalls([{ body: ev('play', 1) }, { body: {}, withheld: 'too large' }]);
    expect(curlCommand(withBody!)).toContain(`-H 'Content-Type: application/json' --data-raw`);
    expect(curlCommand(withheld!)).not.toContain('--data-raw');
  });
});

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
});

describe('session names', () => {
  it('names a session by its media, and marks one whose start was not captured', () => {
    const snap = snapshotOf([...toCalls([{ body: sessionStart(0) }], { sid: 'a'.repeat(64) }), ...toCalls([{ body: ev('play', 1) }], { sid: 'c'.repeat(64) })]);
    const [a, c] = snap.sessions;
    expect(sessionLabel(a!)).toBe('Big Buck Bunny');
    expect(sessionDetails(a!)).toBe('vid-1 · vod · test-player');
    expect(sessionLabel(c!)).toBe('sid cccccccc… (start not captured)');
  });
});

describe('virtual window', () => {
  it('renders the rows in view plus a margin, never past either end', () => {
    expect(visibleWindow(10_000, 0, 440)).toEqual({ first: 0, last: 20 + OVERSCAN });
    const mid = visibleWindow(10_000, 5000 * ROW_HEIGHT, 440);
    expect(mid.first).toBe(4999 - OVERSCAN);
    expect(mid.last - mid.first).toBeLessThan(80);
    expect(visibleWindow(10, 0, 2000)).toEqual({ first: 0, last: 10 });
    expect(visibleWindow(0, 0, 400)).toEqual({ first: 0, last: 0 });
  });

  it('has more row slots than any window holds, so no two rows of a window share a key', () => {
    for (const height of [0, 100, 437, 600, 1400]) {
      const slots = rowSlots(height);
      for (let top = 0; top < 3000; top += 7) {
        const { first, last } = visibleWindow(10_000, top, height);
        const keys = new Set(Array.from({ length: last - first }, (_, i) => (first + i) % slots));
        expect(keys.size, `height ${height}, scrollTop ${top}`).toBe(last - first);
      }
    }
  });

  it('opens on the end of the list with rows for any viewport up to the tallest', () => {
    const count = 200;
    const opening = endView(count, 900);
    for (const height of [120, 437, 900]) {
      // Where the list really is once laid out at this height, scrolled to its end.
      const atEnd = { top: (count + 1) * ROW_HEIGHT - height, height };
      expect(windowCovers(count, opening, atEnd), `height ${height}`).toBe(true);
      expect(visibleWindow(count, opening.top, opening.height).last).toBe(count);
    }
    expect(endView(3, 900)).toEqual({ top: 0, height: 900 });
  });

  it('asks for a new render when the rows rendered miss part of the view', () => {
    const rendered = { top: 5000 * ROW_HEIGHT, height: 440 };
    expect(windowCovers(10_000, rendered, rendered)).toBe(true);
    expect(windowCovers(10_000, rendered, { top: 5000 * ROW_HEIGHT + 3 * ROW_HEIGHT, height: 300 })).toBe(true);
    expect(windowCovers(10_000, rendered, { top: 5000 * ROW_HEIGHT + 40 * ROW_HEIGHT, height: 440 })).toBe(false);
    expect(windowCovers(10_000, rendered, { top: 5000 * ROW_HEIGHT, height: 1200 })).toBe(false);
    expect(windowCovers(10_000, rendered, { top: 0, height: 440 })).toBe(false);
  });
});

describe('time formats', () => {
  it('writes the gap since the previous call with its sign and a unit that fits', async () => {
    const { formatDelta, formatDuration } = await import('../../src/panel/format.js');
    expect([formatDelta(16), formatDelta(-3), formatDelta(1500), formatDelta(12_000)]).toEqual(['+16 ms', '−3 ms', '+1.50 s', '+12.0 s']);
    expect([formatDuration(400), formatDuration(61_000), formatDuration(3_700_000)]).toEqual(['0 s', '1 min 1 s', '1 h 1 min']);
  });

  it('writes counts with thousands separators', async () => {
    const { formatCount } = await import('../../src/panel/format.js');
    expect([0, 7, 999, 1000, 10_000, 123_456, 1_234_567, -4200].map(formatCount)).toEqual(['0', '7', '999', '1,000', '10,000', '123,456', '1,234,567', '-4,200']);
  });
});
