import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, eventTypeIndex } from '../../../src/core/event-types.js';
import { english } from '../../../src/i18n/translator.js';
import { schemaIssuesOf, validateEventBody } from '../../../src/core/schema/validate-body.js';
import { CASES } from './cases/index.js';

describe('validateEventBody: data-driven cases (precompiled standalone validators)', () => {
  for (const eventType of EVENT_TYPES) {
    describe(eventType, () => {
      const cases = CASES[eventType];

      it('has at least one passing and one failing case', () => {
        expect(cases.some((c) => c.valid)).toBe(true);
        expect(cases.some((c) => !c.valid)).toBe(true);
      });

      for (const c of cases) {
        it(`${c.valid ? 'accepts' : 'rejects'}: ${c.description}`, () => {
          const result = validateEventBody(c.body);
          expect(result.eventType).toBe(eventType);
          if (c.valid) {
            expect(result.issues).toEqual([]);
            return;
          }
          expect(result.issues.length).toBeGreaterThan(0);
          if (c.issueCount !== undefined) expect(result.issues).toHaveLength(c.issueCount);
          for (const issue of result.issues) {
            expect(english.text(issue.message)).not.toMatch(/undefined|\[object Object\]/);
            expect(issue.pointer === '' || issue.pointer.startsWith('/')).toBe(true);
          }
          if (c.pointer === undefined) return;
          const atPointer = result.issues.filter((i) => i.pointer === c.pointer);
          expect(atPointer, JSON.stringify(result.issues, null, 2)).not.toHaveLength(0);
          const matching = atPointer.filter(
            (i) =>
              (c.keyword === undefined || i.keyword === c.keyword) &&
              (c.message === undefined ||
                (typeof c.message === 'string' ? english.text(i.message) === c.message : c.message.test(english.text(i.message)))),
          );
          expect(matching, JSON.stringify(result.issues, null, 2)).not.toHaveLength(0);
        });
      }
    });
  }
});

describe('validateEventBody: bodies it cannot dispatch', () => {
  it.each([
    [null, 'null'],
    [[], 'an array'],
    ['{"eventType":"play"}', 'a string'],
    [42, 'a number'],
    [undefined, 'nothing'],
  ])('rejects a non-object body (%j) with one root issue', (body, kind) => {
    const result = validateEventBody(body);
    expect(result.eventType).toBeUndefined();
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ pointer: '', keyword: 'body' });
    expect(english.text(result.issues[0]!.message)).toBe(`The request body must be a JSON object with playerTime and eventType (got ${kind})`);
  });

  it('reports a missing eventType once, listing the valid types', () => {
    const result = validateEventBody({ playerTime: { playhead: 0, ts: 1 } });
    expect(result.eventType).toBeUndefined();
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ pointer: '', keyword: 'eventType' });
    for (const t of EVENT_TYPES) expect(english.text(result.issues[0]!.message)).toContain(t);
  });

  it.each([['seek'], ['bufferEnd'], ['resume'], ['SessionStart'], [3]])(
    'reports an undocumented eventType (%j) at /eventType',
    (eventType) => {
      const result = validateEventBody({ playerTime: { playhead: 0, ts: 1 }, eventType });
      expect(result.eventType).toBeUndefined();
      expect(result.issues).toHaveLength(1);
      expect(result.issues[0]!.pointer).toBe('/eventType');
      expect(english.text(result.issues[0]!.message)).toMatch(
        new RegExp(`^eventType ${JSON.stringify(eventType)} is not a documented event type; it must be one of: sessionStart, play, `),
      );
    },
  );

  it('does not treat inherited names as event types', () => {
    const result = validateEventBody({ playerTime: { playhead: 0, ts: 1 }, eventType: 'constructor' });
    expect(result.eventType).toBeUndefined();
    expect(result.issues[0]!.pointer).toBe('/eventType');
  });

  it('shares one empty issues list between valid bodies, which no caller can change', () => {
    const body = { playerTime: { playhead: 0, ts: 1 }, eventType: 'play' };
    const a = validateEventBody(body);
    expect(a.issues).toEqual([]);
    expect(() => (a.issues as unknown[]).push({})).toThrow(TypeError);
    expect(validateEventBody(body).issues).toEqual([]);
  });
});

describe('schemaIssuesOf: the inspector check, given the looked-up eventType', () => {
  const bodies = [
    ...EVENT_TYPES.flatMap((type) => CASES[type].map((c) => c.body)),
    null,
    [],
    'text',
    { playerTime: { playhead: 0, ts: 1 } },
    { playerTime: { playhead: 0, ts: 1 }, eventType: 'seek' },
  ];

  it.each(bodies.map((b) => [JSON.stringify(b)?.slice(0, 80), b] as const))('reports what validateEventBody does: %s', (_label, body) => {
    const typeIndex = body !== null && typeof body === 'object' && !Array.isArray(body) ? eventTypeIndex((body as { eventType?: unknown }).eventType) : -1;
    expect(schemaIssuesOf(body, typeIndex)).toEqual(validateEventBody(body).issues);
  });
});
