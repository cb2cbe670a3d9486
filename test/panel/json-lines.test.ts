import { describe, expect, it } from 'vitest';
import { jsonLines } from '../../src/panel/json-lines.js';
import { ev, sessionStart, toCalls } from '../support/calls.js';
import { snapshotOf } from './fixtures.js';

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
