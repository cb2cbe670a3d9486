import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { writeHar } from '../../src/core/har/write-har.js';
import { runCli } from '../support/run-cli.js';
import { sdkSessionCalls } from '../support/sdk-sessions.js';
import { timelineCalls } from '../support/timelines.js';

const dir = mkdtempSync(join(tmpdir(), 'mc-inspect-'));
const chromeHar = new URL('../fixtures/har/chrome-network-panel.har', import.meta.url).pathname;

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  return runIn(dir, ...argv);
}

/** Runs the CLI with `cwd` as its working folder (where it looks for mc-inspect.config.json). */
function runIn(cwd: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  return runCli(cwd, argv);
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

  test('a finding about a disagreement between Adobe\'s pages points to its section of docs/contradictions.md', async () => {
    // Timeline 1 puts media.ad.podFriendlyName on adStart, which C10 is about.
    const text = (await run('validate', timelineHar)).out;
    expect(text).toMatch(/unknown-param(?: ×\d+ \(#[\d, #]+\))?\n +"media\.ad\.podFriendlyName" is documented on adBreakStart.*\n.*\n +Where Adobe's pages disagree \(C10\): docs\/contradictions\.md#c10\n/);
    const doc = JSON.parse((await run('validate', '--format', 'json', timelineHar)).out);
    const findings = doc.sessions[0].findings as { rule: string; message: string; contradiction: string | null }[];
    expect(findings.find((f) => f.message.includes('media.ad.podFriendlyName'))).toMatchObject({ rule: 'unknown-param', contradiction: 'docs/contradictions.md#c10' });
    for (const f of findings) expect(f.contradiction === null || /^docs\/contradictions\.md#c\d+$/.test(f.contradiction)).toBe(true);
  });

  test('--quiet leaves out infos', async () => {
    const { out } = await run('validate', '--quiet', chromeHar);
    expect(out).not.toContain('body-withheld');
  });

  test.each([
    [['validate'], /no HAR file given/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['validate', '--format', 'xml', 'x.har'], /--format takes "text", "json", "md", "junit", not "xml"/],
    [['validate', '--output'], /--output takes a file/],
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

describe('mc-inspect settings (mc-inspect.config.json, --config)', () => {
  const sdkHar = file(
    'sdk.har',
    JSON.stringify(writeHar(sdkSessionCalls('js-3.1.0-two-ad-breaks.json').map((c, i) => ({ ...c, id: String(i) })), { name: 't', version: '1' })),
  );

  function folderWith(config: unknown): string {
    const folder = mkdtempSync(join(tmpdir(), 'mc-inspect-config-'));
    writeFileSync(join(folder, 'mc-inspect.config.json'), typeof config === 'string' ? config : JSON.stringify(config));
    return folder;
  }

  test('the config in the working folder changes verdicts and exit code, and the report says so', async () => {
    // Adobe's JS SDK session: no error, its equal ts are infos grouped per session.
    const plain = await run('validate', sdkHar);
    expect(plain.code).toBe(0);
    expect(plain.out).toMatch(/info +ts-not-increasing ×\d+ \(#\d+, #\d+/);
    expect(plain.out).toContain('Adobe Media SDK js-3.1.0');
    expect(plain.out).not.toContain('Settings from');

    const strict = folderWith({ rules: { 'ts-not-increasing': 'error' } });
    const judged = await runIn(strict, 'validate', sdkHar);
    expect(judged.code).toBe(1);
    expect(judged.out).toContain(`Settings from ${join(strict, 'mc-inspect.config.json')}:\n  ts-not-increasing: error`);
    expect(judged.out).toMatch(/error +ts-not-increasing ×\d+/);
  });

  test('--config FILE wins over the working folder, and the JSON names the settings and keeps every finding', async () => {
    const folder = folderWith({ rules: { 'ts-not-increasing': 'error' } });
    const off = file('off.json', JSON.stringify({ rules: { 'ts-not-increasing': 'off', 'ping-cadence': 'off' }, acceptedParams: ['x.y'] }));
    const { code, out } = await runIn(folder, 'validate', '--format', 'json', '--config', off, sdkHar);
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    expect(doc.settings).toEqual({ file: off, rules: { 'ts-not-increasing': 'off', 'ping-cadence': 'off' }, acceptedParams: ['x.y'] });
    expect(doc.sessions[0].sdk).toBe('js-3.1.0');
    expect(doc.sessions[0].findings.filter((f: { rule: string }) => f.rule === 'ts-not-increasing')).toEqual([]);

    const plain = JSON.parse((await run('validate', '--format', 'json', sdkHar)).out);
    expect(plain.settings).toBeNull();
    expect(plain.sessions[0].findings.filter((f: { rule: string }) => f.rule === 'ts-not-increasing').length).toBeGreaterThan(2);
  });

  test.each([
    [{ rules: { 'ts-not-increasing': 'warn' } }, /mc-inspect\.config\.json: "rules"\."ts-not-increasing" must be "off", "info", "warning" or "error", not "warn"/],
    [{ pingIntervals: { main: 60 } }, /"pingIntervals"\."main" must be a number of seconds from 10 to 50, not 60/],
    ['{ "rules": ', /mc-inspect\.config\.json: not JSON/],
  ])('a bad config %j: exit 2 with one line', async (config, message) => {
    const { code, out, err } = await runIn(folderWith(config), 'validate', sdkHar);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
    expect(err.trim().split('\n')).toHaveLength(1);
  });

  test('--config naming a missing file: exit 2', async () => {
    const { code, err } = await run('validate', '--config', '/no/such/config.json', sdkHar);
    expect(code).toBe(2);
    expect(err).toBe('mc-inspect: cannot read settings /no/such/config.json: no such file\n');
  });
});
