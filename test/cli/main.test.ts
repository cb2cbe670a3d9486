import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { writeHar } from '../../src/core/har/write-har.js';
import { timelineCalls } from '../support/timelines.js';

const dir = mkdtempSync(join(tmpdir(), 'mc-inspect-'));
const chromeHar = new URL('../fixtures/har/chrome-network-panel.har', import.meta.url).pathname;

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io = {
    out: { write: (s: string) => ((out += s), true), isTTY: false },
    err: { write: (s: string) => ((err += s), true) },
    env: {},
  };
  const code = await main(argv, io as never);
  return { code, out, err };
}

const timelineHar = file('timeline-1.har', JSON.stringify(writeHar(timelineCalls('timeline-1').map((c, i) => ({ ...c, id: String(i) })), { name: 't', version: '1' })));

describe('mc-inspect validate', () => {
  test('exit 0 and a readable report for a file with no error (Adobe\'s timeline 1)', async () => {
    const { code, out } = await run('validate', timelineHar);
    expect(code).toBe(0);
    expect(out).toContain('27 Media Collection API calls, 1 session');
    expect(out).toContain('"ClickMe"');
    expect(out).toMatch(/0 errors, \d+ warnings/);
  });

  test('exit 1 when there is an error finding, with the entry, rule and message', async () => {
    const { code, out } = await run('validate', chromeHar);
    expect(code).toBe(1);
    expect(out).toMatch(/#3 +adStart +error +ad-outside-break\n +adStart outside an ad break/);
  });

  test('--format json: sessions with findings whose call is the entry index', async () => {
    const { code, out } = await run('validate', '--format', 'json', chromeHar);
    expect(code).toBe(1);
    const doc = JSON.parse(out);
    expect(doc.sessions).toHaveLength(1);
    expect(doc.sessions[0].sid).toMatch(/^[0-9a-f]{64}$/);
    const adFinding = doc.sessions[0].findings.find((f: { rule: string }) => f.rule === 'ad-outside-break');
    expect(adFinding).toMatchObject({ severity: 'error', call: 3, eventType: 'adStart' });
    expect(doc.summary).toMatchObject({ files: 1, entries: 14, apiCalls: 11, sessions: 1, errors: 5 });
  });

  test('--quiet leaves out infos', async () => {
    const { out } = await run('validate', '--quiet', chromeHar);
    expect(out).not.toContain('body-withheld');
  });

  test.each([
    [['validate'], /no HAR file given/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['validate', '--format', 'xml', 'x.har'], /--format takes "text" or "json"/],
    [['validate', '--bogus', 'x.har'], /^mc-inspect: unknown option "--bogus"$/m],
    [['validate', '/no/such/file.har'], /cannot read \/no\/such\/file.har: no such file/],
  ])('exit 2 with one clear line for %j', async (argv, message) => {
    const { code, err, out } = await run(...argv);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
    expect(err.trim().split('\n')).toHaveLength(1);
  });

  test('exit 2 for a file that is not a HAR, naming it', async () => {
    const bad = file('bad.har', '<html>');
    const { code, err } = await run('validate', bad);
    expect(code).toBe(2);
    expect(err).toBe(`mc-inspect: ${bad}: not JSON (${(() => { try { JSON.parse('<html>'); } catch (e) { return (e as Error).message; } })()}); a HAR file is JSON with log.entries\n`);
  });

  test('--help prints usage with exit 0', async () => {
    const { code, out } = await run('--help');
    expect(code).toBe(0);
    expect(out).toContain('Usage: mc-inspect validate');
  });
});
