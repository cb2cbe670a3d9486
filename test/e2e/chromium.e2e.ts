import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureSuite } from './capture-suite.js';
import { demoSuite } from './demo-suite.js';
import { edgeSuite } from './edge-suite.js';
import { fitSuite } from './fit-suite.js';
import { harImportSuite } from './har-import-suite.js';
import { settingsSuite } from './settings-suite.js';
import { startDemoServer, type DemoRequestRecord } from '../../src/demo/server.js';
import { permissionsSuite } from './permissions-suite.js';
import { harUiSuite } from './har-ui-suite.js';
import { hostileSuite } from './hostile-suite.js';
import { faultsSuite } from './faults-suite.js';
import { CJK_FONT, languageSuite } from './language-suite.js';
import { startEdgeMock } from '../../src/demo/edge/edge-server.js';
import { soakSuite } from './soak-suite.js';
import { startApiServer, type ApiServer } from './support/api-server.js';
import { eventsPath, playerEvent, sessionStart, sidOf } from './support/bodies.js';
import { callsOf, everyPanelRow, panelRows, storedEntries, waitForSettledCalls, waitUntil, type PanelRow } from './support/captured.js';
import { launchChromium, type ChromiumHarness, type ChromiumOptions } from './support/chromium.js';
import type { BrowserTab } from './support/harness.js';
import type { CallEntry } from '../../src/messaging/entry.js';
import { sidFromLocation } from '../../src/core/classify.js';
import { record } from './support/measure.js';
import { distDir } from './support/paths.js';
import { waitUntilSteady } from '../support/poll.js';
import { within } from './support/within.js';

describe('Chromium', () => {
  captureSuite(() => launchChromium(), { scale: true });
  demoSuite(() => launchChromium());
  edgeSuite((mock) => launchChromium({ edgeTlsPort: mock.tlsPort }));
  fitSuite(() => launchChromium());
  languageSuite('Chromium', (uiLanguage) => launchChromium({ uiLanguage }), ['/usr/lib/chromium/locales/{locale}.pak', CJK_FONT]);
  harImportSuite(() => launchChromium());
  settingsSuite(() => launchChromium());
  permissionsSuite(
    () => launchChromium({ siteAccess: 'none' }),
    () => launchChromium({ siteAccess: 'none', devtools: true }),
  );
  harUiSuite(() => launchChromium());
  hostileSuite(() => launchChromium(), {
    privacy: { fetchFromBackground: (h, url) => (h as ChromiumHarness).evaluateInBackground(`fetch(${JSON.stringify(url)}).then(() => true, () => true)`) },
  });
  soakSuite();
  faultsSuite(() => launchChromium({ cdp: true }), {
    devtools: () => launchChromium({ devtools: true }),
    sessionQuotaBytes: 10 * 1024 * 1024,
    backgroundCanary: async (h) => {
      await (h as ChromiumHarness).evaluateInBackground(`(console.error('canary error'), void Promise.reject(new Error('canary rejection')), true)`);
      return ['canary error', 'canary rejection'];
    },
  });

  it('shows the calls in the real DevTools panel, those from before it opened and new ones', async () => {
    const server = await startApiServer();
    const chromium = await launchChromium({ devtools: true });
    try {
      const tab = await chromium.openTab(`${server.url}page`);
      const post = (path: string, body: object) => tab.evaluate<{ status: number; location: string }>(`api.post(${JSON.stringify(path)}, ${JSON.stringify(body)})`);
      const sid = sidOf((await post('/api/v1/sessions', sessionStart())).location);
      await post(eventsPath(sid), playerEvent('play', 0));
      const panel = await chromium.openDevtoolsPanel(tab.tabId);
      await waitUntil(async () => (await panelRows(panel)).length === 2, () => 'the DevTools panel to list the 2 earlier calls');
      await post(eventsPath(sid), playerEvent('ping', 10));
      // A row appears when the request starts and takes its status when the answer arrives.
      await waitUntil(
        async () => (await panelRows(panel)).filter((r) => r.status !== 'pending').length === 3,
        () => 'the DevTools panel to list a new call with its answer',
      );
      expect((await panelRows(panel)).map((r) => [r.eventType, r.status, r.sid])).toEqual([
        ['sessionStart', '201', sid],
        ['play', '204', sid],
        ['ping', '204', sid],
      ]);
      await panel.close();
    } finally {
      await chromium.close();
      await server.close();
    }
  });

  it("shows the demo server's own 400 messages beside the verdicts, read through devtools.network in the real DevTools", async () => {
    const log: DemoRequestRecord[] = [];
    const server = await startDemoServer({ port: 0, onRequest: (r) => log.push(r) });
    const chromium = await launchChromium({ devtools: true });
    try {
      const tab = await chromium.openTab(server.url);
      const panel = await chromium.openDevtoolsPanel(tab.tabId);
      await tab.evaluate(`window.runScenario('invalid-bodies', { msPerSecond: 2 })`);
      const api = log.filter((r) => r.method === 'POST' && (r.kind === 'sessions' || r.kind === 'events'));
      const rejected = api.filter((r) => r.status === 400);
      expect(rejected.length).toBeGreaterThan(1);
      await waitUntil(() => panel.evaluate<boolean>(`Number(document.querySelector('.count')?.dataset.calls) === ${api.length}`), () => `the DevTools panel to list the ${api.length} calls`);
      const rowIds = await panel.evaluate<string[]>(`(async () => {
        const list = document.querySelector('.call-list');
        const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const ids = new Set();
        for (let top = 0; top <= list.scrollHeight; top += Math.max(1, list.clientHeight - 20)) {
          list.scrollTop = top;
          await frame();
          for (const row of document.querySelectorAll('tr.call[data-status="400"]')) ids.add(row.dataset.callId);
        }
        return [...ids];
      })()`);
      expect(rowIds).toHaveLength(rejected.length);
      const said: string[] = [];
      for (const id of rowIds) {
        await panel.evaluate(`(async () => {
          const list = document.querySelector('.call-list');
          const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          let row = document.getElementById('row-${id}');
          for (let top = 0; !row && top <= list.scrollHeight; top += Math.max(1, list.clientHeight - 20)) {
            list.scrollTop = top;
            await frame();
            row = document.getElementById('row-${id}');
          }
          row.dispatchEvent(new MouseEvent('dblclick', { bubbles: true }));
          return true;
        })()`);
        await waitUntil(
          () => panel.evaluate<boolean>(`document.querySelector('.details')?.dataset.callId === '${id}' && !!document.querySelector('.details .server-answer[data-read="yes"] pre')`),
          () => `call ${id}'s details to show what the server said`,
        );
        said.push(await panel.evaluate<string>(`document.querySelector('.details .server-answer pre').textContent`));
      }
      // The server ends its plain-text message with a newline.
      expect(said.map((s) => s.trim()).sort()).toEqual(rejected.map((r) => r.message).sort());
      await panel.close();
    } finally {
      await chromium.close();
      await server.close();
    }
  });

  it('links a Media Edge session exactly by its sessionStart response, read through devtools.network in the real DevTools', async () => {
    const mock = await startEdgeMock();
    const server = await startDemoServer({ port: 0 });
    const chromium = await launchChromium({ devtools: true, edgeTlsPort: mock.tlsPort });
    try {
      const tab = await chromium.openTab(server.url);
      const panel = await chromium.openDevtoolsPanel(tab.tabId);
      const { sent } = await tab.evaluate<{ sent: number }>(`window.runEdgeScenario('edge-ads-outside-break')`);
      await waitUntil(() => panel.evaluate<boolean>(`Number(document.querySelector('.count')?.dataset.calls) === ${sent}`), () => `the DevTools panel to list the ${sent} calls`);
      // The DevTools panel is too narrow for the session list: a wide panel page of the same tab
      // shows what the background now holds. Without DevTools the link is by order
      // (edge-suite.ts); here the response DevTools read gives the id.
      const wide = await chromium.openPanel(tab.tabId);
      const mark = `[...document.querySelectorAll('.session[data-api]')].map((s) => s.dataset.api + ' ' + s.dataset.link)`;
      let shown: string[] = [];
      await waitUntil(
        async () => (shown = await wide.evaluate<string[]>(mark)).join() === 'media-edge response',
        () => `the session to be linked by its response; the panel shows ${JSON.stringify(shown)}`,
      );
      await wide.close();
      await panel.close();
    } finally {
      await chromium.close();
      await server.close();
      await mock.close();
    }
  });

  /*
   * Chrome does not redeliver events it had dispatched to a worker it kills, so a forced stop in
   * the middle of a burst can cost a call its request or its outcome. This measures how much,
   * and checks that what was kept is never wrong: no duplicates, bodies exact, gaps marked, and
   * no call left looking as if its answer were still on its way.
   */
  it('measures what a worker killed twice during a burst of 200 calls costs, and keeps nothing wrong', () =>
    onTestPage({}, async (chromium, server, tab) => {
      const calls = await burstWithTwoKills(chromium, server, tab);
      record('chromium', 'killed during a burst', burstFigures(server, calls));
      expectNothingWrong(server, calls);
      // Every call the stopped workers left without an answer says so; none stays "pending".
      const panel = await chromium.openPanel(tab.tabId);
      let rows = await waitUntilSteady(() => everyPanelRow(panel), 500, 'the panel to list the calls');
      expect(rows.length).toBeGreaterThan(0);
      const unanswered = new Set(calls.filter((c) => c.settledAt === undefined).map((c) => c.call.id));
      // A call begun before the last worker started is given HELD_OVER_MS for its answer.
      await waitUntil(
        async () => (rows = await everyPanelRow(panel)).every((r) => r.status !== 'pending'),
        () => `no call to stay pending; these are: ${JSON.stringify(rows.filter((r) => r.status === 'pending'))}`,
      );
      for (const row of rows.filter((r) => r.status === 'unanswered')) expect(unanswered.has(row.callId)).toBe(true);
      await panel.close();
    }));

  it("with DevTools open, the same burst loses nothing: DevTools' network log gives every call's missing half, and the calls no worker saw", () =>
    onTestPage({ devtools: true }, async (chromium, server, tab) => {
      const panel = await within(chromium.openDevtoolsPanel(tab.tabId), 'the DevTools panel to open', 45_000);
      let calls = await burstWithTwoKills(chromium, server, tab);
      record('chromium', 'killed during a burst, DevTools open, as the workers saw it', burstFigures(server, calls));
      // The panel reconnects to the restarted worker (backing off up to 2 s), fills the answers
      // at once, and gives a request REBUILD_AFTER_MS (5 s) to reach it before it rebuilds it.
      let figures: Record<string, number> = {};
      await waitUntil(
        async () => {
          calls = callsOf(await storedEntries(chromium, tab.tabId));
          figures = burstFigures(server, calls);
          return figures.complete === figures.sent;
        },
        async () =>
          `every call sent to be stored whole; stored: ${JSON.stringify(figures)}; without request: ${JSON.stringify(calls.filter((c) => c.call.requestBody.kind === 'withheld').map((c) => ({ id: c.call.id, startUnseen: c.startUnseen ?? false, status: c.call.status })))}; ${await chromium.workerStages()}`,
        60_000,
      );
      record('chromium', 'killed during a burst, DevTools open, after the panel filled from DevTools', {
        ...figures,
        answersFromDevtools: calls.filter((c) => c.outcomeFrom === 'devtools-network' && c.requestFrom === undefined).length,
        requestsFromDevtools: calls.filter((c) => c.requestFrom === 'devtools-network' && c.outcomeFrom === undefined).length,
        wholeFromDevtools: calls.filter((c) => c.requestFrom === 'devtools-network' && c.outcomeFrom === 'devtools-network').length,
      });
      expectNothingWrong(server, calls);
      expect(figures).toMatchObject({ stored: figures.sent, withoutRequest: 0, withoutOutcome: 0 });
      let rows: PanelRow[] = [];
      await waitUntil(
        async () => (rows = await everyPanelRow(panel)).length === calls.length,
        () => `the DevTools panel to list the ${calls.length} calls; it lists ${rows.length}`,
      );
      // The panel shows each call as storage holds it: what was read from DevTools says so.
      const marks = (list: { id: string; outcome: string; request: string }[]) => list.map((c) => `${c.id} ${c.outcome}/${c.request}`).sort();
      expect(marks(rows.map((r) => ({ id: r.callId, outcome: r.outcomeFrom, request: r.requestFrom })))).toEqual(
        marks(calls.map((c) => ({ id: c.call.id, outcome: c.outcomeFrom ?? '', request: c.requestFrom ?? '' }))),
      );
      await panel.close();
    }), 180_000); // its waits, each named, add up to more than the default 120 s under load

  it("fills the answers a stopped worker lost from DevTools' network log, in the real DevTools: the status, the Location, and the verdict on them", () =>
    onTestPage({ devtools: true }, async (chromium, _server, tab) => {
      const panel = await chromium.openDevtoolsPanel(tab.tabId);
      const post = (path: string, body: object | string) => tab.evaluate<{ status: number; location: string }>(`api.post(${JSON.stringify(path)}, ${JSON.stringify(body)})`);
      const sid = sidOf((await post('/api/v1/sessions', sessionStart())).location);
      expect((await post(eventsPath(sid), 'not an event')).status).toBe(400);
      const [start, rejected] = callsOf(await waitForSettledCalls(chromium, tab.tabId, 2));
      // What a worker stopped between the requests and their answers leaves in storage: the
      // requests alone. The next worker starts from that.
      const stored = await chromium.readStorage();
      const settleKeys = Object.keys(stored).filter((k) => k.startsWith(`s:${tab.tabId}:`));
      expect(settleKeys).toHaveLength(2);
      await chromium.evaluateInBackground(`chrome.storage.session.remove(${JSON.stringify(settleKeys)}).then(() => true)`);
      await chromium.stopBackground();
      // The panel's reconnection starts the next worker, which marks both calls unanswered;
      // the panel gives it what DevTools recorded.
      await waitUntil(
        async () => (await panelRows(panel)).filter((r) => r.outcomeFrom === 'devtools-network').length === 2,
        () => 'both calls to show the answers read from DevTools',
      );
      const rows = await panelRows(panel);
      expect(rows.map((r) => [r.eventType, r.status, r.sid])).toEqual([
        ['sessionStart', '201', sid],
        ['(not JSON)', '400', sid],
      ]);
      expect(rows[1]!.rules.split(' ')).toContain('http-400');
      const after = callsOf(await storedEntries(chromium, tab.tabId));
      expect(after.map((c) => [c.call.id, c.outcomeFrom, c.call.status])).toEqual([
        [start!.call.id, 'devtools-network', 201],
        [rejected!.call.id, 'devtools-network', 400],
      ]);
      expect(sidFromLocation(after[0]!.call)).toBe(sid);
      await panel.close();
    }));

  it("rebuilds from DevTools' network log, in the real DevTools, the request a stopped worker lost and a call no worker saw: marked, judged, and kept", () =>
    onTestPage({ devtools: true }, async (chromium, _server, tab) => {
      // The developer has DevTools open on its Network panel while the player runs.
      await chromium.showNetworkPanel();
      const post = (path: string, body: object | string) => tab.evaluate<{ status: number; location: string }>(`api.post(${JSON.stringify(path)}, ${JSON.stringify(body)})`);
      const sid = sidOf((await post('/api/v1/sessions', sessionStart())).location);
      expect((await post(eventsPath(sid), playerEvent('play', 1))).status).toBe(204);
      expect((await post(eventsPath(sid), 'not an event')).status).toBe(400);
      expect((await post(eventsPath(sid), playerEvent('ping', 10))).status).toBe(204);
      const [, play, rejected] = callsOf(await waitForSettledCalls(chromium, tab.tabId, 4));
      // What Chrome leaves when it drops the events of a worker it stops: the play's answer
      // without its request, and nothing at all of the rejected call. The next worker starts from that.
      const lost = [`q:${tab.tabId}:${play!.call.id}`, `q:${tab.tabId}:${rejected!.call.id}`, `s:${tab.tabId}:${rejected!.call.id}`];
      await chromium.evaluateInBackground(`chrome.storage.session.remove(${JSON.stringify(lost)}).then(() => true)`);
      await chromium.stopBackground();
      // The developer switches to the extension's panel: it reads DevTools' log, which holds all four requests whole.
      const panel = await chromium.openDevtoolsPanel(tab.tabId);
      let rows: PanelRow[] = [];
      await waitUntil(
        async () => (rows = await panelRows(panel)).length === 4 && rows.filter((r) => r.requestFrom === 'devtools-network').length === 2,
        () => `the two lost halves to be rebuilt; the panel shows ${JSON.stringify(rows.map((r) => [r.eventType, r.status, r.requestFrom, r.outcomeFrom]))}`,
      );
      expect(rows.map((r) => [r.eventType, r.status, r.requestFrom, r.outcomeFrom])).toEqual([
        ['sessionStart', '201', '', ''],
        ['play', '204', 'devtools-network', ''],
        ['(not JSON)', '400', 'devtools-network', 'devtools-network'],
        ['ping', '204', '', ''],
      ]);
      expect(rows[2]!.rules.split(' ')).toContain('http-400');
      expect(rows[1]!.sid).toBe(sid);
      // Stored so: a worker started later shows them the same.
      const stored = callsOf(await storedEntries(chromium, tab.tabId));
      expect(stored.map((c) => [c.call.requestBody, c.requestFrom])).toEqual([
        [expect.objectContaining({ kind: 'text' }), undefined],
        [play!.call.requestBody, 'devtools-network'],
        [rejected!.call.requestBody, 'devtools-network'],
        [expect.objectContaining({ kind: 'text' }), undefined],
      ]);
      await panel.close();
    }));

  it('loads dist/chrome with no manifest errors or install warnings', async () => {
    const chromium = await launchChromium();
    try {
      expect(await chromium.extensionIssues()).toEqual({ manifestErrors: [], installWarnings: [] });
    } finally {
      await chromium.close();
    }
  });

  it('would see a manifest error (the check above is not blind)', async () => {
    const copy = await mkdtemp(join(tmpdir(), 'mci-broken-'));
    await cp(distDir('chrome'), copy, { recursive: true });
    const manifest = JSON.parse(await readFile(join(copy, 'manifest.json'), 'utf8')) as { background: Record<string, unknown> };
    manifest.background.scripts = ['background.js'];
    await writeFile(join(copy, 'manifest.json'), JSON.stringify(manifest));
    const chromium = await launchChromium({ extension: copy });
    try {
      const { manifestErrors } = await chromium.extensionIssues();
      expect(manifestErrors).toEqual([expect.objectContaining({ manifestKey: 'background.scripts' })]);
    } finally {
      await chromium.close();
      await rm(copy, { recursive: true, force: true });
    }
  });
});

/** Runs `test` in Chromium on the API server's test page, and closes both whatever happens. */
async function onTestPage(options: ChromiumOptions, test: (chromium: ChromiumHarness, server: ApiServer, tab: BrowserTab) => Promise<void>): Promise<void> {
  const server = await startApiServer();
  const chromium = await launchChromium(options);
  try {
    await test(chromium, server, await chromium.openTab(`${server.url}page`));
  } finally {
    await chromium.close();
    await server.close();
  }
}

/**
 * 200 calls spread over a second (5 ms apart), the worker stopped a third of the way in and half
 * way, while calls are in flight. Returns the tab's calls once the restarted worker has stored
 * all it will: a call whose events died with the worker never settles, so there is no count to
 * wait for.
 */
async function burstWithTwoKills(chromium: ChromiumHarness, server: ApiServer, tab: BrowserTab): Promise<CallEntry[]> {
  const burst = tab.evaluate(
    `Promise.all(Array.from({ length: 200 }, (_, i) => new Promise((r) => setTimeout(r, i * 5)).then(() =>
      api.post('/api/v1/sessions/burst/events', { eventType: 'ping', playerTime: { playhead: i, ts: Date.now() } }))))`,
  );
  await waitUntil(async () => server.received.length >= 60, () => `the burst to be under way (${server.received.length} of 200 received)`);
  await within(chromium.stopBackground(), 'the first stop of the worker');
  await waitUntil(async () => server.received.length >= 100, () => `the burst to reach half way (${server.received.length} of 200 received)`);
  await within(chromium.stopBackground(), 'the second stop of the worker');
  await within(burst, () => `the page's 200 calls to be answered (${server.received.length} received)`);
  return waitUntilSteady(async () => callsOf(await storedEntries(chromium, tab.tabId)), 500, 'the stored calls to stop changing');
}

function burstFigures(server: ApiServer, calls: CallEntry[]): Record<string, number> {
  return {
    sent: server.received.length,
    stored: calls.length,
    complete: calls.filter((c) => c.settledAt !== undefined && c.call.requestBody.kind === 'text').length,
    withoutRequest: calls.filter((c) => c.call.requestBody.kind === 'withheld').length,
    withoutOutcome: calls.filter((c) => c.settledAt === undefined).length,
  };
}

/** No call twice, every body one the server received, every outcome the server's (404: the burst's sid is unknown). */
function expectNothingWrong(server: ApiServer, calls: CallEntry[]): void {
  const sent = new Set(server.received.map((r) => r.body));
  expect(new Set(calls.map((c) => c.call.id)).size).toBe(calls.length);
  // Each ping's body is its own (its playhead): no request is stored twice under two ids.
  const bodies = calls.flatMap((c) => (c.call.requestBody.kind === 'text' ? [c.call.requestBody.text] : []));
  expect(new Set(bodies).size).toBe(bodies.length);
  for (const c of calls) {
    if (c.call.requestBody.kind === 'text') expect(sent.has(c.call.requestBody.text)).toBe(true);
    else expect(c.call.requestBody.kind).toBe('withheld');
    if (c.settledAt !== undefined) expect(c.call.status).toBe(404);
  }
}

