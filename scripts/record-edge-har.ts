/**
 * Records test/fixtures/har/alloy-media-edge.har: the real Web SDK (@adobe/alloy) playing the
 * demo player's two Media Edge scenarios against the mock Edge, in Chromium, saved by the browser's own
 * HAR recorder (request and response bodies included, as DevTools' "Save all as HAR" keeps them).
 *
 * Run: npx tsx scripts/record-edge-har.ts   (needs /usr/bin/chromium)
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumEdgeArgs } from '../src/demo/edge/edge-browsers.js';
import { startEdgeMock } from '../src/demo/edge/edge-server.js';
import { startDemoServer } from '../src/demo/server.js';
import { CHROMIUM_ARGS, CHROMIUM_BINARY, requireBrowser } from '../test/e2e/support/browsers.js';

const out = join(import.meta.dirname, '..', 'test/fixtures/har/alloy-media-edge.har');
const mock = await startEdgeMock();
const demo = await startDemoServer();
const profile = await mkdtemp(join(tmpdir(), 'mci-record-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: requireBrowser(CHROMIUM_BINARY),
  headless: true,
  ignoreHTTPSErrors: true,
  recordHar: { path: out, content: 'embed', urlFilter: /edge\.adobedc\.net/ },
  args: [...CHROMIUM_ARGS, ...chromiumEdgeArgs(mock)],
});
try {
  const page = await context.newPage();
  await page.goto(demo.url);
  for (const scenario of ['edge-clean', 'edge-ads-outside-break']) await page.evaluate(`window.runEdgeScenario(${JSON.stringify(scenario)})`);
} finally {
  await context.close();
  await mock.close();
  await demo.close();
  await rm(profile, { recursive: true, force: true });
}
console.log(`recorded ${mock.received.length} Edge calls -> ${out}`);
