import { describe, expect, test } from 'vitest';
import type { CapturedCall } from '../../src/core/call.js';
import { excessDepth, MAX_BODY_DEPTH } from '../../src/core/body-depth.js';
import { classifyCall } from '../../src/core/classify.js';
import type { Finding } from '../../src/core/finding.js';
import { HarError, readHar } from '../../src/core/har/read-har.js';
import { Inspector } from '../../src/core/inspector.js';
import { BODY_CASES, HAR_CASES, hostileSession, type HarCase } from '../fixtures/hostile/corpus.js';
import { BOTH_APIS_BODY_CASES } from '../fixtures/hostile/edge-corpus.js';
import { verdictsOf, type Verdicts } from '../support/verdicts.js';
import { english } from '../../src/i18n/translator.js';

/** The verdicts after feeding `calls` one by one (push) or at once (pushAll), then finish. */
function inspect(calls: readonly CapturedCall[], how: 'push' | 'pushAll'): { inspector: Inspector; verdicts: Verdicts } {
  const inspector = new Inspector();
  if (how === 'push') for (const call of calls) inspector.push(call);
  else inspector.pushAll(calls);
  return { inspector, verdicts: verdictsOf(inspector, calls) };
}

/** Every call to the API was taken into a session: it has a verdict (its findings, maybe none). */
function expectEveryApiCallJudged(inspector: Inspector, calls: readonly CapturedCall[]): number {
  let api = 0;
  for (const call of calls) {
    if (!classifyCall(call.method, call.url)) continue;
    api++;
    expect(inspector.sessionKeyOf(call.id), `call ${call.id} has no verdict`).toBeDefined();
  }
  return api;
}

// accepted-not-counted follows any error on an accepted call: left out, so each case names the rule that found the problem.
const rulesOf = (findings: readonly Finding[]) => [...new Set(findings.map((f) => f.rule))].filter((r) => r !== 'accepted-not-counted').sort();

describe('hostile bodies through the core, in both APIs', () => {
  test.each(BOTH_APIS_BODY_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { calls, hostile } = hostileSession(c, 'h-');
    const byPush = inspect(calls, 'push');
    const byPushAll = inspect(calls, 'pushAll');
    expectEveryApiCallJudged(byPush.inspector, calls);
    expectEveryApiCallJudged(byPushAll.inspector, calls);
    expect(byPushAll.verdicts).toEqual(byPush.verdicts);
    const findings = byPush.verdicts.findings[hostile]!;
    expect(rulesOf(findings)).toEqual(c.verdict.rules);
    if (c.verdict.says) expect(findings.map((f) => english.text(f.message)).join('\n')).toMatch(c.verdict.says);
    // The calls around it are judged as they would be without it: the clean session stays clean of errors.
    for (const call of calls) if (call.id !== hostile) expect(byPush.verdicts.findings[call.id]!.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

/** The file's text as the command line reads it (UTF-8, a byte that is not becoming U+FFFD). */
const fileText = (c: HarCase) => {
  const file = c.file();
  return typeof file === 'string' ? file : new TextDecoder('utf-8').decode(file);
};

describe('hostile HAR files through the core', () => {
  test.each(HAR_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const text = fileText(c);
    if (c.verdict.exit === 2) {
      expect(() => readHar(text)).toThrow(HarError);
      expect(() => readHar(text)).toThrow(c.verdict.error!);
      return;
    }
    const { calls, skipped } = readHar(text);
    const byPush = inspect(calls, 'push');
    const byPushAll = inspect(calls, 'pushAll');
    expect(expectEveryApiCallJudged(byPush.inspector, calls)).toBe(c.verdict.apiCalls);
    expectEveryApiCallJudged(byPushAll.inspector, calls);
    expect(byPushAll.verdicts).toEqual(byPush.verdicts);
    if (c.verdict.skipped !== undefined) expect(skipped).toHaveLength(c.verdict.skipped);
    const all = Object.values(byPush.verdicts.findings).flat();
    if (c.verdict.rules) expect(rulesOf(all)).toEqual(c.verdict.rules);
    expect(all.some((f) => f.severity === 'error')).toBe(c.verdict.exit === 1);
    if (c.verdict.says) expect([...all.map((f) => english.text(f.message)), ...skipped.map((s) => s.reason)].join('\n')).toMatch(c.verdict.says);
  }, 60_000);
});

describe('the corpus', () => {
  test('holds at least 30 cases, bodies and HAR files', () => {
    expect(BODY_CASES.length + HAR_CASES.length).toBeGreaterThanOrEqual(30);
    expect(HAR_CASES.length).toBeGreaterThanOrEqual(10);
  });
});

describe('excessDepth', () => {
  test.each([
    ['a flat object', '{"a":1}', undefined],
    ['brackets inside strings do not count', JSON.stringify({ a: '['.repeat(1000), b: '\\"[[[[' }), undefined],
    ['exactly the limit', '['.repeat(MAX_BODY_DEPTH) + ']'.repeat(MAX_BODY_DEPTH), undefined],
    ['one past the limit', '['.repeat(MAX_BODY_DEPTH + 1) + ']'.repeat(MAX_BODY_DEPTH + 1), MAX_BODY_DEPTH + 1],
    ['many shallow arrays side by side', '[' + '[],'.repeat(10_000) + '[]]', undefined],
    ['an escaped quote does not end a string', '["\\"' + '['.repeat(100) + '"]', undefined],
  ])('%s', (_name, text, depth) => {
    JSON.parse(text);
    expect(excessDepth(text)).toBe(depth);
  });
});
