import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumEdgeArgs } from '../../src/demo/edge/edge-browsers.js';
import { startEdgeMock, type EdgeMockServer } from '../../src/demo/edge/edge-server.js';
import { EDGE_SCENARIOS } from '../../src/demo/player/edge-scenarios.js';
import { CHROMIUM_ARGS, CHROMIUM_BINARY, requireBrowser } from '../e2e/support/browsers.js';
import { startTestServer, type TestServer } from './helpers.js';

/**
 * The demo page's Media Edge buttons, clicked in headless Chromium launched as `npm start`
 * launches it (the Edge host mapped to the mock Edge): the real Web SDK sends every event of
 * the scenario to the mock, in order, and the page lists them.
 */
let server: TestServer;
let edge: EdgeMockServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await startTestServer();
  edge = await startEdgeMock();
  browser = await chromium.launch({
    executablePath: requireBrowser(CHROMIUM_BINARY),
    headless: true,
    args: [...CHROMIUM_ARGS, ...chromiumEdgeArgs(edge)],
  });
  page = await browser.newPage({ ignoreHTTPSErrors: true });
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.goto(server.url);
}, 30_000);

afterAll(async () => {
  await browser?.close();
  await edge?.close();
  await server?.close();
});

describe('the demo page with the mock Edge', () => {
  it.each([
    ['Media Edge: clean session', ['adBreakStart', 'adStart', 'adComplete', 'adBreakComplete', 'play', 'chapterStart', 'pauseStart', 'play', 'chapterComplete', 'sessionComplete']],
    ['Media Edge: ads outside an ad break', ['play', 'adStart', 'adComplete', 'play', 'sessionComplete']],
  ])('"%s" sends its session through the Web SDK to the mock Edge', async (title, events) => {
    expect(EDGE_SCENARIOS.map((s) => s.title)).toContain(title);
    const before = edge.received.length;
    await page.getByRole('button', { name: title }).click();
    const summary = `${events.length + 1} Media Edge calls sent through the Web SDK.`;
    await page.waitForFunction((text) => document.getElementById('summary')?.textContent === text, summary);
    const received = edge.received.slice(before);
    // The session opens with an interact call (under the location hint once the Edge has given
    // one); each event then goes to /va/v1/{event}, under that hint.
    expect(received[0]!.path).toMatch(/^\/ee(\/or2)?\/v1\/interact$/);
    expect(received.slice(1).map((r) => r.path)).toEqual(events.map((e) => `/ee/or2/va/v1/${e}`));
    expect(received.every((r) => r.status < 300)).toBe(true);
    expect(await page.locator('#log-body tr td:nth-child(2)').allTextContents()).toEqual(['sessionStart', ...events]);
    expect(await page.locator('#scenario-title').textContent()).toBe(title);
    // No Media Collection API call: the Edge scenarios speak only Media Edge.
    expect(server.log.filter((r) => r.method === 'POST')).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
