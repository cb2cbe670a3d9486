import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { readHar } from '../../src/core/har/read-har.js';
import { startDemoServer } from '../../src/demo/server.js';
import { CHROMIUM_ARGS, CHROMIUM_BINARY, requireBrowser } from './support/browsers.js';

/**
 * A HAR the browser itself wrote (Chromium through playwright's recorder, the same HAR 1.2 with
 * postData as the Network panel's "Save all as HAR"), validated by the command line as a QA
 * tester or a CI job would.
 */
it('mc-inspect validates a HAR recorded by Chromium from the demo player', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'mci-har-'));
  const harPath = join(dir, 'demo.har');
  const server = await startDemoServer({ port: 0 });
  const browser = await chromium.launch({
    executablePath: requireBrowser(CHROMIUM_BINARY),
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const context = await browser.newContext({ recordHar: { path: harPath, content: 'embed' } });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.evaluate(() => (window as unknown as { runScenario(n: string, o: object): Promise<unknown> }).runScenario('ads-outside-break', { msPerSecond: 2 }));
    await context.close();

    const { calls } = readHar(await readFile(harPath, 'utf8'));
    expect(calls.length).toBeGreaterThan(5);
    let out = '';
    const io = { out: { write: (s: string) => ((out += s), true), isTTY: false }, err: { write: () => true }, env: {} };
    const code = await main(['validate', '--format', 'json', harPath], io as never);
    expect(code).toBe(1);
    const doc = JSON.parse(out);
    const flagged = doc.sessions.flatMap((s: { findings: { rule: string; eventType: string; call: number }[] }) => s.findings.filter((f) => f.rule === 'ad-outside-break'));
    expect(flagged.map((f: { eventType: string }) => f.eventType)).toEqual(['adStart', 'adComplete']);
    for (const f of flagged) expect(calls[f.call]!.url).toMatch(/\/api\/v1\/sessions\/[0-9a-f]{64}\/events$/);
  } finally {
    await browser.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
});
