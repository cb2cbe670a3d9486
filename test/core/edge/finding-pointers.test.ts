import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { CapturedCall } from '../../../src/core/call.js';
import { inspectAll } from '../../../src/core/inspect-all.js';
import { adStart, ev, sessionStart, toCalls } from '../../support/calls.js';
import { downloadedCall, edgeBodyOf, toEdgeCalls } from '../../support/edge-calls.js';
import { EDGE_SEQUENCE_CASES } from '../../support/edge-sequence-cases.js';
import { resolvePointer } from '../../support/json-pointer.js';
import { caseRuleFindings } from '../../support/rule-case-calls.js';
import type { RuleCase } from '../rules/cases.js';

/**
 * A finding's pointer names a field of its own call's body: the panel highlights it and
 * `--format json` prints it. The sequence rules are shared by both APIs, so the same finding
 * must point at `/playerTime/playhead` in a Media Collection API body and at
 * `/events/0/xdm/mediaCollection/playhead` in a Media Edge one.
 */

/** The pointers each sequence rule gives on a Media Collection API body (the format its pointers were first written for). */
const MC_POINTERS: Readonly<Record<string, readonly RegExp[]>> = {
  'ad-outside-break': [/^\/eventType$/],
  'content-in-ad-break': [/^\/playerTime\/playhead$/],
  'session-timeout': [/^\/playerTime\/ts$/, /^\/playerTime\/playhead$/],
  'playhead-progress': [/^\/playerTime\/playhead$/],
  'session-start-first': [/^\/playerTime\/ts$/],
  'ts-not-increasing': [/^\/playerTime\/ts$/],
  'time-unit': [/^\/playerTime\/ts$/, /^\/playerTime\/playhead$/],
  'ping-cadence': [/^\/playerTime\/ts$/],
  'player-state-limit': [/^\/params\/media\.state\.name$/, /^\/params\/statesStart\/\d+\/media\.state\.name$/],
};

/** The same field in the Media Edge body of a va call (its one event is `events[0]`). */
function edgePointerOf(mcPointer: string): string {
  const state = /^\/params\/statesStart\/(\d+)\/media\.state\.name$/.exec(mcPointer);
  if (state) return `/events/0/xdm/mediaCollection/statesStart/${state[1]}/name`;
  const fields: Record<string, string> = {
    '/playerTime/ts': '/events/0/xdm/timestamp',
    '/playerTime/playhead': '/events/0/xdm/mediaCollection/playhead',
    '/eventType': '/events/0/xdm/eventType',
  };
  const edge = fields[mcPointer];
  if (edge === undefined) throw new Error(`no Media Edge counterpart known for ${mcPointer}`);
  return edge;
}

function bodyOf(call: CapturedCall): unknown {
  if (call.requestBody.kind !== 'text') throw new Error(`call ${call.id} has no body`);
  return JSON.parse(call.requestBody.text);
}

/** Fails unless `pointer` names a field that exists in `call`'s body. */
function expectResolves(call: CapturedCall, pointer: string): void {
  const resolved = resolvePointer(bodyOf(call), pointer);
  expect(resolved.found ? '' : `${pointer} leaves the body of call ${call.id} at ${resolved.missing}`).toBe('');
}

/** The case's pointed findings, as [index of the call, pointer], each pointer checked against its call's body. */
function pointedFindings(c: RuleCase, calls: CapturedCall[]): [number, string][] {
  const out: [number, string][] = [];
  for (const { index, finding } of caseRuleFindings(c, calls)) {
    if (finding.pointer === undefined) continue;
    expectResolves(calls[index]!, finding.pointer);
    out.push([index, finding.pointer]);
  }
  return out;
}

const POINTED = EDGE_SEQUENCE_CASES.filter((c) => c.rule in MC_POINTERS);

describe.each(POINTED.map((c) => [c.rule, c.description, c] as const))('%s: pointers into each API’s body', (rule, _description, c) => {
  test(c.description, () => {
    const edge = pointedFindings(c, toEdgeCalls(c.events, { idPrefix: 'edge-' }));
    // A case written for Media Edge (how its answers are judged) has no Media Collection API twin.
    if (c.api === 'media-edge') return;
    const mc = pointedFindings(c, toCalls(c.events, { idPrefix: 'mc-' }));
    for (const [, pointer] of mc) expect(MC_POINTERS[rule]!.some((p) => p.test(pointer)), pointer).toBe(true);
    expect(edge).toEqual(mc.map(([i, pointer]) => [i, edgePointerOf(pointer)]));
  });
});

test('every sequence rule that sets a pointer is listed above and has a case that reports one through Media Edge', () => {
  const dir = new URL('../../../src/core/rules/sequence/', import.meta.url);
  const pointing = readdirSync(dir)
    .map((file) => readFileSync(new URL(file, dir), 'utf8'))
    .filter((source) => /\bpointer\b/.test(source))
    .map((source) => /\bid: '([a-z0-9-]+)'/.exec(source)![1]!);
  expect(pointing.sort()).toEqual(Object.keys(MC_POINTERS).sort());
  for (const rule of pointing) {
    const reported = POINTED.filter((c) => c.rule === rule).some((c) => pointedFindings(c, toEdgeCalls(c.events, { idPrefix: 'edge-' })).length > 0);
    expect(reported, rule).toBe(true);
  }
});

describe('Media Edge bodies whose media event is not events[0]', () => {
  test('a Web SDK interact call with another event before the media one: the pointer names the media event', () => {
    const start = toEdgeCalls([{ body: sessionStart(0) }], { idPrefix: 's' })[0]!;
    const ad = edgeBodyOf(adStart(1), 'e'.repeat(64)) as { events: unknown[] };
    const call: CapturedCall = {
      id: 'ad',
      method: 'POST',
      url: 'https://edge.adobedc.net/ee/or2/v1/interact?configId=ds',
      startedAt: 1_700_000_001_000,
      requestBody: { kind: 'text', text: JSON.stringify({ events: [{ xdm: { eventType: 'web.webpagedetails.pageViews' } }, ...ad.events] }) },
      status: 200,
    };
    const finding = inspectAll([start, call])
      .findingsOf('ad')
      .find((f) => f.rule === 'ad-outside-break');
    expect(finding?.pointer).toBe('/events/1/xdm/eventType');
    expectResolves(call, finding!.pointer!);
  });

  test('a downloaded session: each finding points at its item of mediaDownloadedEvents', () => {
    const call = downloadedCall('dl', [sessionStart(0), adStart(1), ev('adComplete', 2), ev('sessionComplete', 3)]);
    const pointers = inspectAll([call])
      .findingsOf('dl')
      .filter((f) => f.rule === 'ad-outside-break')
      .map((f) => f.pointer!);
    expect(pointers).toEqual(['/events/0/xdm/mediaDownloadedEvents/1/mediaEventType', '/events/0/xdm/mediaDownloadedEvents/2/mediaEventType']);
    for (const p of pointers) expectResolves(call, p);
  });
});
