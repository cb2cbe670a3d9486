/**
 * Property-based tests: random and mutated bodies (in both APIs' formats), event sequences and
 * HAR structures thrown at the core. Whatever arrives, the inspector must not throw, must give every API call a verdict,
 * and must judge the same calls the same way however they are fed: one by one (live capture),
 * all at once (a HAR), or in chunks of any size.
 */
import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import type { CapturedCall } from '../../src/core/call.js';
import { classifyCall } from '../../src/core/classify.js';
import { EVENT_TYPES } from '../../src/core/event-types.js';
import { HarError, readHar } from '../../src/core/har/read-har.js';
import { Inspector } from '../../src/core/inspector.js';
import { BASE, SID } from '../support/calls.js';
import { EDGE_SID, edgeBodyOf, sessionStartResponse, toEdgeCalls } from '../support/edge-calls.js';
import { verdictsOf, type Verdicts } from '../support/verdicts.js';
import { PWN } from '../fixtures/hostile/corpus.js';
import { CASES } from './schema/cases/index.js';

/** Each run's number is kept so that the whole file takes a few seconds. */
const RUNS = { numRuns: 150 };

// ------------------------------------------------------------------ what is required

/** Feeds `calls` in pieces: sizes from `cuts`, cycled; a size of 0 means push the next call alone. */
function fedInChunks(calls: readonly CapturedCall[], cuts: readonly number[]): Verdicts {
  const inspector = new Inspector();
  let at = 0;
  for (let k = 0; at < calls.length; k++) {
    const size = cuts.length === 0 ? calls.length : cuts[k % cuts.length]!;
    if (size === 0) inspector.push(calls[at++]!);
    else {
      inspector.pushAll(calls.slice(at, at + size));
      at += size;
    }
  }
  return verdictsOf(inspector, calls);
}

/** The properties every input must have; `cuts` chooses one more way of chunking it. */
function expectSoundVerdicts(calls: readonly CapturedCall[], cuts: readonly number[]): void {
  const oneByOne = fedInChunks(calls, [0]);
  for (const call of calls) {
    if (call.status === undefined && call.networkError === undefined) continue;
    if (classifyCall(call.method, call.url)) expect(oneByOne.sessionKeys[call.id], `call ${call.id} has no verdict`).toBeDefined();
  }
  expect(fedInChunks(calls, [])).toEqual(oneByOne);
  expect(fedInChunks(calls, cuts)).toEqual(oneByOne);
}

const cuts = fc.array(fc.nat({ max: 70 }), { minLength: 1, maxLength: 6 });

// ------------------------------------------------------------------ bodies

const VALID_BODIES: unknown[] = Object.values(CASES).flatMap((cases) => cases.filter((c) => c.valid).map((c) => c.body));

const hostileString = fc.oneof(
  fc.constantFrom(PWN, '', '__proto__', 'constructor', 'prototype', '\u0000\u001b[31m\n', '\ud800', 'x'.repeat(10_000), '1e400', '-0', 'NaN'),
  fc.string({ unit: 'binary', maxLength: 40 }),
);
const hostileNumber = fc.oneof(fc.constantFrom(-0, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, 2 ** 53 + 1, 1e21, -1), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer());
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  hostileNumber,
  fc.constantFrom(null, true, false),
  fc.constantFrom('[]', '{}').map((empty) => JSON.parse(empty) as unknown),
  fc.jsonValue({ maxDepth: 4 }),
);

/** One mutation of a JSON value: applied at a random path, it changes, adds or removes one thing. */
type Mutation =
  | { kind: 'delete'; pick: number }
  | { kind: 'replace'; pick: number; value: unknown }
  | { kind: 'add'; pick: number; key: string; value: unknown }
  | { kind: 'nest'; pick: number; depth: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), pick: fc.nat(), value: hostileValue }),
  fc.record({ kind: fc.constant('add' as const), pick: fc.nat(), key: hostileString, value: hostileValue }),
  fc.record({ kind: fc.constant('nest' as const), pick: fc.nat(), depth: fc.oneof(fc.integer({ min: 1, max: 70 }), fc.integer({ min: 1000, max: 20_000 })) }),
);

/** Marks where a 'nest' mutation puts its nesting; replaced in the JSON text, since the value could not be stringified. */
const NEST = '\u0000nest\u0000';

/** Every object and array in `value`, the root first. */
function containers(value: unknown): (Record<string, unknown> | unknown[])[] {
  const out: (Record<string, unknown> | unknown[])[] = [];
  const stack = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v !== null && typeof v === 'object') {
      out.push(v as Record<string, unknown>);
      stack.push(...Object.values(v));
    }
  }
  return out;
}

/** The JSON text of `body` with the mutations applied. */
function mutated(body: unknown, mutations: readonly Mutation[]): string {
  const copy = JSON.parse(JSON.stringify(body)) as unknown;
  const nests: number[] = [];
  for (const m of mutations) {
    const all = containers(copy);
    const target = all[m.pick % all.length]!;
    const keys = Object.keys(target);
    const key = keys.length > 0 ? keys[m.pick % keys.length]! : undefined;
    // A copy of the value, so that no value is put inside itself; defined rather than assigned, so `__proto__` becomes a key.
    const set = (k: string, v: unknown) => Object.defineProperty(target, k, { value: structuredClone(v), enumerable: true, writable: true, configurable: true });
    if (m.kind === 'delete' && key !== undefined) delete (target as Record<string, unknown>)[key];
    else if (m.kind === 'replace' && key !== undefined) set(key, m.value);
    else if (m.kind === 'add') set(Array.isArray(target) ? String(target.length) : m.key, m.value);
    else if (m.kind === 'nest' && key !== undefined) {
      set(key, `${NEST}${nests.length}`);
      nests.push(m.depth);
    }
  }
  let text = JSON.stringify(copy);
  nests.forEach((depth, i) => (text = text.replace(JSON.stringify(`${NEST}${i}`), '['.repeat(depth) + ']'.repeat(depth))));
  return text;
}

interface CallSpec {
  text: string;
  eventsUrl: boolean;
  status: number | undefined;
}

const outcome = fc.oneof(fc.constant(204), fc.constant(201), fc.constantFrom(400, 404, 410, 500, 302), fc.constant(undefined));

function callsOf(specs: readonly CallSpec[]): CapturedCall[] {
  return specs.map((s, i) => {
    const call: CapturedCall = {
      id: String(i),
      method: 'POST',
      url: s.eventsUrl ? `${BASE}/api/v1/sessions/${SID}/events` : `${BASE}/api/v1/sessions`,
      startedAt: 1_700_000_000_000 + i,
      requestBody: { kind: 'text', text: s.text },
    };
    if (s.status === undefined) call.networkError = 'net::ERR_FAILED';
    else call.status = s.status;
    if (!s.eventsUrl && s.status === 201) call.responseHeaders = [{ name: 'Location', value: `/api/v1/sessions/${SID}` }];
    return call;
  });
}

// A few seconds alone; more when the machine is shared.
vi.setConfig({ testTimeout: 30_000 });

describe('the core on random input', () => {
  test('mutated valid bodies of every event type', () => {
    const spec = fc.record({
      text: fc.tuple(fc.constantFrom(...VALID_BODIES), fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([body, ms]) => mutated(body, ms)),
      eventsUrl: fc.boolean(),
      status: outcome,
    });
    fc.assert(fc.property(fc.array(spec, { minLength: 1, maxLength: 12 }), cuts, (specs, c) => expectSoundVerdicts(callsOf(specs), c)), RUNS);
  });

  test('mutated valid Media Edge bodies of every event type, with hostile answers to their sessionStart', () => {
    const edgeStatus = fc.oneof(fc.constantFrom(200, 204), fc.constantFrom(207, 400, 404, 500), fc.constant(undefined));
    const startAnswer = fc.oneof(fc.constant(sessionStartResponse(EDGE_SID)), hostileString, fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)));
    const spec = fc.record({
      body: fc.tuple(fc.constantFrom(...VALID_BODIES), fc.array(mutation, { minLength: 1, maxLength: 4 })),
      status: edgeStatus,
      answer: startAnswer,
    });
    // Each body sent to its own action's endpoint; the answer only on a sessionStart the Edge took (200).
    const edgeCalls = (specs: readonly { body: [unknown, Mutation[]]; status: number | undefined; answer: string }[]) =>
      toEdgeCalls(
        specs.map(({ body: [mc, ms], status, answer }) => {
          const start = (mc as { eventType?: unknown }).eventType === 'sessionStart';
          return {
            body: mc,
            rawBody: mutated(edgeBodyOf(mc as Record<string, unknown>, EDGE_SID), ms),
            ...(status === undefined ? { networkError: 'net::ERR_FAILED' } : { status }),
            ...(start && status === 200 ? { responseBody: answer } : {}),
          };
        }),
        { idPrefix: '' },
      );
    fc.assert(fc.property(fc.array(spec, { minLength: 1, maxLength: 12 }), cuts, (specs, c) => expectSoundVerdicts(edgeCalls(specs), c)), RUNS);
  });

  test('random JSON and random text as bodies', () => {
    const text = fc.oneof(
      fc.jsonValue({ maxDepth: 6 }).map((v) => JSON.stringify(v)),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.jsonValue({ maxDepth: 3 }).chain((v) => fc.nat().map((n) => JSON.stringify(v).slice(0, n))),
    );
    const spec = fc.record({ text, eventsUrl: fc.boolean(), status: outcome });
    fc.assert(fc.property(fc.array(spec, { minLength: 1, maxLength: 12 }), cuts, (specs, c) => expectSoundVerdicts(callsOf(specs), c)), RUNS);
  });

  test('random event sequences: any order, any times, any outcome, several sessions', () => {
    const event = fc.record({
      eventType: fc.constantFrom(...EVENT_TYPES, 'unknownType'),
      ts: fc.oneof(fc.integer({ min: 1_700_000_000_000, max: 1_700_000_900_000 }), fc.constantFrom(0, -1, 1.5, 1e400, 1_700_000_000)),
      playhead: fc.oneof(fc.integer({ min: 0, max: 4000 }), fc.constantFrom(-0, -5, 1e400, 0.5)),
      sid: fc.constantFrom('a'.repeat(64), 'b'.repeat(64), 'c'),
      viaSessions: fc.boolean(),
      status: outcome,
      withheld: fc.boolean(),
    });
    const calls = fc.array(event, { minLength: 1, maxLength: 40 }).map((events) =>
      events.map((e, i): CapturedCall => {
        const body = `{"playerTime":{"playhead":${e.playhead === 1e400 ? '1e400' : JSON.stringify(e.playhead)},"ts":${e.ts === 1e400 ? '1e400' : e.ts}},"eventType":${JSON.stringify(e.eventType)}}`;
        const call: CapturedCall = {
          id: `e${i}`,
          method: 'POST',
          url: e.viaSessions ? `${BASE}/api/v1/sessions` : `${BASE}/api/v1/sessions/${e.sid}/events`,
          startedAt: 1_700_000_000_000 + i,
          requestBody: e.withheld ? { kind: 'withheld', reason: 'a beacon' } : { kind: 'text', text: body },
        };
        if (e.status === undefined) call.networkError = 'net::ERR_FAILED';
        else call.status = e.status;
        if (e.viaSessions && e.status === 201) call.responseHeaders = [{ name: 'Location', value: `/api/v1/sessions/${e.sid}` }];
        return call;
      }),
    );
    fc.assert(fc.property(calls, cuts, (cs, c) => expectSoundVerdicts(cs, c)), RUNS);
  });

  test('random HAR structures: readHar either reads them or says why, and the core judges what it read', () => {
    const apiEntry = fc.record(
      {
        startedDateTime: fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), hostileValue),
        time: fc.oneof(fc.nat(), hostileValue),
        request: fc.oneof(
          fc.record(
            {
              method: fc.oneof(fc.constant('POST'), hostileValue),
              url: fc.oneof(fc.constantFrom(`${BASE}/api/v1/sessions`, `${BASE}/api/v1/sessions/${SID}/events`, 'https://example.com/x'), hostileValue),
              headers: fc.oneof(fc.array(fc.record({ name: hostileString, value: hostileString })), hostileValue),
              postData: fc.oneof(
                fc.record({ text: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)) }),
                fc.record({ text: hostileString, encoding: fc.oneof(fc.constant('base64'), hostileValue) }),
                fc.record({ text: fc.base64String({ maxLength: 64 }), encoding: fc.constant('base64') }),
                hostileValue,
              ),
            },
            { requiredKeys: [] },
          ),
          hostileValue,
        ),
        response: fc.oneof(
          fc.record(
            {
              status: fc.oneof(fc.constantFrom(201, 204, 400, 0), hostileValue),
              headers: fc.oneof(fc.constant([{ name: 'Location', value: `/api/v1/sessions/${SID}` }]), hostileValue),
              _error: hostileValue,
            },
            { requiredKeys: [] },
          ),
          hostileValue,
        ),
      },
      { requiredKeys: [] },
    );
    const har = fc.oneof(
      fc.record({ log: fc.record({ entries: fc.array(fc.oneof(apiEntry, hostileValue), { maxLength: 20 }) }) }).map((h) => JSON.stringify(h)),
      fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify({ log: v })),
      fc.string({ unit: 'binary', maxLength: 100 }),
    );
    fc.assert(
      fc.property(har, cuts, (text, c) => {
        let calls: CapturedCall[];
        try {
          calls = readHar(text).calls;
        } catch (e) {
          // A file that is not a HAR at all: said in a HarError (mc-inspect prints it on one line).
          expect(e).toBeInstanceOf(HarError);
          return;
        }
        expectSoundVerdicts(calls, c);
      }),
      RUNS,
    );
  });
});
