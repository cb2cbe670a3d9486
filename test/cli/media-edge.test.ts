import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';

/** Recorded by scripts/record-edge-har.ts: the real Web SDK's Media Edge traffic, saved by Chromium's HAR recorder. */
const alloyHar = new URL('../fixtures/har/alloy-media-edge.har', import.meta.url).pathname;
const mcHar = new URL('../fixtures/har/chrome-network-panel.har', import.meta.url).pathname;

async function run(...argv: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const io = { out: { write: (s: string) => ((out += s), true), isTTY: false }, err: { write: () => true }, env: {}, cwd: mkdtempSync(join(tmpdir(), 'mc-inspect-edge-')) };
  return { code: await main(argv, io as never), out };
}

test('validates a HAR of recorded Web SDK traffic: two Media Edge sessions linked by the response, the stray ads flagged', async () => {
  const { code, out } = await run('validate', '--format', 'json', alloyHar);
  expect(code).toBe(1);
  const doc = JSON.parse(out);
  expect(doc.sessions.map((s: { api: string; link: unknown; state: string }) => [s.api, s.link, s.state])).toEqual([
    ['media-edge', { by: 'response' }, 'completed'],
    ['media-edge', { by: 'response' }, 'completed'],
  ]);
  expect(doc.sessions[0].findings).toEqual([]);
  expect(doc.sessions[1].findings.map((f: { rule: string; eventType: string }) => [f.rule, f.eventType])).toEqual([
    ['ad-outside-break', 'adStart'],
    ['accepted-not-counted', 'adStart'],
    ['ad-outside-break', 'adComplete'],
    ['accepted-not-counted', 'adComplete'],
  ]);
  expect(doc.summary).toMatchObject({ files: 1, apiCalls: 17, sessions: 2, errors: 2, infos: 2 });
});

test('a text report names each session\'s API', async () => {
  const { out } = await run('validate', alloyHar);
  expect(out).toContain('17 entries, 17 Media Edge API calls, 2 sessions');
  expect(out).toMatch(/Media Edge session edge0002\S* "Big Buck Bunny" .*location hint or2\n +#13 +adStart +error +ad-outside-break/);
});

test('takes HARs of either API, or both, in one run', async () => {
  const { code, out } = await run('validate', '--format', 'json', alloyHar, mcHar);
  expect(code).toBe(1);
  const apis = JSON.parse(out).sessions.map((s: { api: string; file: string }) => `${s.api} ${s.file.split('/').pop()}`);
  expect(apis).toEqual(['media-edge alloy-media-edge.har', 'media-edge alloy-media-edge.har', 'media-collection chrome-network-panel.har']);
});
