import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { writeHar } from '../../src/core/har/write-har.js';
import { HAR_CASES, hostileSession } from '../fixtures/hostile/corpus.js';
import { BOTH_APIS_BODY_CASES } from '../fixtures/hostile/edge-corpus.js';

/**
 * The rules that judged a case. accepted-not-counted follows any error on a call the server
 * accepted (it says the 2xx does not mean the data counts): it is left out, so each case names
 * the rule that found the problem.
 */
const rulesOf = (findings: readonly { rule: string }[]) => [...new Set(findings.map((f) => f.rule))].filter((r) => r !== 'accepted-not-counted').sort();

const bin = new URL('../../bin/mc-inspect.js', import.meta.url).pathname;
const built = new URL('../../dist/cli/mc-inspect.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'mc-inspect-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number | null;
  out: string;
  err: string;
}

/** mc-inspect as a user runs it: the built bin, spawned, on a file. */
function mcInspect(...argv: string[]): Promise<Run> {
  expect(existsSync(built), 'dist/cli is missing: run `npm run build` first').toBe(true);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...argv], { env: { ...process.env, NO_COLOR: '1' } });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (out += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (err += s));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

let files = 0;
function writeFile(content: string | Uint8Array): string {
  const path = join(dir, `case-${++files}.har`);
  writeFileSync(path, content);
  return path;
}

/** No control character but the newlines between lines: nothing from a HAR reaches the terminal raw. */
function expectPrintable(text: string): void {
  expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/);
}

interface JsonReport {
  sessions: { findings: { rule: string; severity: string; call: number; message: string }[] }[];
  skipped: { reason: string }[];
  summary: { apiCalls: number; errors: number };
}

describe('hostile bodies through mc-inspect, in both APIs', () => {
  test.each(BOTH_APIS_BODY_CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { calls, hostile } = hostileSession(c, '');
    const path = writeFile(JSON.stringify(writeHar(calls, { name: 'hostile', version: '1' })));
    const json = await mcInspect('validate', '--format', 'json', path);
    expect(json.err).toBe('');
    expect([0, 1]).toContain(json.code);
    const report = JSON.parse(json.out) as JsonReport;
    const findings = report.sessions.flatMap((s) => s.findings);
    const onHostile = findings.filter((f) => f.call === Number(hostile));
    expect(rulesOf(onHostile)).toEqual(c.verdict.rules);
    if (c.verdict.says) expect(onHostile.map((f) => f.message).join('\n')).toMatch(c.verdict.says);
    expect(json.code).toBe(report.summary.errors > 0 ? 1 : 0);
    const text = await mcInspect('validate', path);
    expect(text.code).toBe(json.code);
    expectPrintable(text.out);
  }, 30_000);
});

describe('hostile HAR files through mc-inspect', () => {
  test.each(HAR_CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const path = writeFile(c.file());
    const json = await mcInspect('validate', '--format', 'json', path);
    expect(json.code).toBe(c.verdict.exit);
    if (c.verdict.exit === 2) {
      // One line, saying why, and nothing else.
      expect(json.out).toBe('');
      expect(json.err).toMatch(/^mc-inspect: [^\n]+\n$/);
      expect(json.err).toMatch(c.verdict.error!);
      expectPrintable(json.err);
      return;
    }
    expect(json.err).toBe('');
    const report = JSON.parse(json.out) as JsonReport;
    const findings = report.sessions.flatMap((s) => s.findings);
    if (c.verdict.apiCalls !== undefined) expect(report.summary.apiCalls).toBe(c.verdict.apiCalls);
    if (c.verdict.skipped !== undefined) expect(report.skipped).toHaveLength(c.verdict.skipped);
    if (c.verdict.rules) expect(rulesOf(findings)).toEqual(c.verdict.rules);
    if (c.verdict.says) expect([...findings.map((f) => f.message), ...report.skipped.map((s) => s.reason)].join('\n')).toMatch(c.verdict.says);
    const text = await mcInspect('validate', path);
    expect(text.code).toBe(c.verdict.exit);
    expectPrintable(text.out);
  }, 60_000);
});
