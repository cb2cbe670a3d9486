import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SCENARIOS, SCENARIO_NAMES, type ScenarioName } from '../../src/demo/player/scenarios/index.js';
import { EDGE_SCENARIOS } from '../../src/demo/player/edge-scenarios.js';
import type { DemoRequestRecord } from '../../src/demo/server.js';
import { startTestServer, waitFor, type TestServer } from './helpers.js';
import { holdsFor } from '../support/poll.js';

/** The demo page in real headless Chromium, driving every scenario through window.runScenario. */
import { CHROMIUM_ARGS, CHROMIUM_BINARY, requireBrowser } from '../e2e/support/browsers.js';
/** Faster than the page's default; ts values still follow simulated time. */
const MS_PER_SECOND = 5;

let server: TestServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  const executablePath = requireBrowser(CHROMIUM_BINARY);
  server = await startTestServer();
  browser = await chromium.launch({
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
  });
}, 30_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  page = await browser.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.goto(server.url);
  server.log.length = 0;
});

afterEach(() => page?.close());

function run(name: ScenarioName, opts: { crossOrigin?: boolean } = {}) {
  return page.evaluate(
    ([n, o]) => window.runScenario(n, o),
    [name, { msPerSecond: MS_PER_SECOND, ...opts }] as const,
  );
}

function posts(): DemoRequestRecord[] {
  return server.log.filter((r) => r.method === 'POST');
}

describe('demo page in Chromium', () => {
  it('lists the scenarios and loads without script errors', async () => {
    expect(await page.evaluate(() => window.scenarioNames)).toEqual(SCENARIO_NAMES);
    // The Media Edge scenarios follow the Media Collection API's (test/demo/edge-page.test.ts).
    expect(await page.locator('#scenarios button').count()).toBe(SCENARIO_NAMES.length + EDGE_SCENARIOS.length);
    expect(pageErrors).toEqual([]);
  });

  it.each(SCENARIO_NAMES)(
    '%s: the server gets each call once, JSON-typed, with the status the scenario expects',
    async (name) => {
      const scenario = SCENARIOS[name](0);
      const result = await run(name);
      expect(result.sent).toBe(scenario.calls.length);
      // A beacon may land after runScenario resolves.
      const got = await waitFor('every call at the server', () =>
        posts().length >= scenario.calls.length ? posts() : undefined,
      );
      expect(got).toHaveLength(scenario.calls.length);
      // The order of a keepalive fetch and a beacon is up to the browser; compare as multisets.
      const summary = (rows: { type: string; status: number }[]) =>
        rows.map((r) => `${r.type} ${r.status}`).sort();
      expect(summary(got.map((r) => ({ type: r.eventType ?? '(none)', status: r.status })))).toEqual(
        summary(scenario.calls.map((c) => ({ type: eventTypeOf(c.payload), status: c.expect }))),
      );
      for (const r of got) expect(r.headers['content-type']).toBe('application/json');
      // Every events call went to the scenario's own session, except the deliberately unknown sid.
      const sids = new Set(got.filter((r) => r.kind === 'events' && r.status !== 404).map((r) => r.sid));
      expect([...sids]).toEqual(result.sid ? [result.sid] : []);
      expect(pageErrors).toEqual([]);
    },
    30_000,
  );

  it('clean: only 201 and 204', async () => {
    await run('clean');
    expect(new Set(posts().map((r) => r.status))).toEqual(new Set([201, 204]));
  });

  it('unload: the keepalive fetch and the JSON beacon both arrive', async () => {
    const { sid, statuses } = await run('unload');
    // The page can read the keepalive answer but never a beacon's.
    expect(statuses.slice(-2)).toEqual([204, null]);
    const end = await waitFor('the sessionEnd beacon', () =>
      posts().find((r) => r.eventType === 'sessionEnd'),
    );
    expect(end).toMatchObject({ sid, status: 204 });
    expect(end.headers['content-type']).toBe('application/json');
    expect(posts().find((r) => r.eventType === 'pauseStart')?.status).toBe(204);
  });

  it('unload cross-origin: preflights pass, the keepalive arrives, the credentialed JSON beacon never does', async () => {
    const { sid } = await run('unload', { crossOrigin: true });
    expect(sid).toMatch(/^[0-9a-f]{64}$/);
    await waitFor('the keepalive pauseStart', () => posts().find((r) => r.eventType === 'pauseStart'));
    // Give a beacon every chance to arrive: its preflight is answered, then refused by the browser.
    await waitFor('the beacon preflight', () =>
      server.log.filter((r) => r.kind === 'preflight').length >= 3 ? true : undefined,
    );
    // The browser refuses the beacon without a trace to wait for: watch that it never arrives.
    await holdsFor(() => !posts().some((r) => r.eventType === 'sessionEnd'), 500, () => 'no sessionEnd beacon to arrive');
    for (const r of posts()) expect(r.headers.origin).toBe(new URL(server.url).origin);
  });

  it('leaving the page mid-scenario sends a real sessionEnd beacon at pagehide', async () => {
    const pending = page
      .evaluate(() => window.runScenario('clean', { msPerSecond: 50 }))
      .catch(() => undefined); // the page goes away under it
    const started = await waitFor('a few events of the clean session', () => {
      const events = posts().filter((r) => r.kind === 'events');
      return events.length >= 5 ? events[0] : undefined;
    });
    await page.goto('about:blank');
    const end = await waitFor('the pagehide beacon', () =>
      posts().find((r) => r.eventType === 'sessionEnd'),
    );
    expect(end).toMatchObject({ sid: started.sid, status: 204 });
    const body = JSON.parse(end.body!) as { playerTime: { ts: number } };
    const lastBefore = posts().filter((r) => r !== end).map((r) => JSON.parse(r.body!).playerTime.ts);
    expect(body.playerTime.ts).toBeGreaterThan(Math.max(...lastBefore));
    await pending;
  });
});

function eventTypeOf(payload: { json: unknown } | { text: string }): string {
  if (!('json' in payload)) return '(none)';
  const t = (payload.json as { eventType?: unknown }).eventType;
  return typeof t === 'string' ? t : '(none)';
}
