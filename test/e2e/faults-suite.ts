import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { waitUntilSteady } from '../support/poll.js';
import { startApiServer, type ApiServer } from './support/api-server.js';
import { eventsPath, playerEvent, sessionStart, sidOf } from './support/bodies.js';
import { callsOf, panelRows, panelState, storedEntries, waitUntil, type PanelRow } from './support/captured.js';
import { within } from './support/within.js';
import type { BrowserTab, Harness } from './support/harness.js';

/** A harness that can also show the extension's panel inside the real DevTools (Chromium). */
export interface FaultsDevtoolsHarness extends Harness {
  openDevtoolsPanel(tabId: number): Promise<BrowserTab>;
}

export interface FaultsOptions {
  /**
   * Makes the extension log `canary error` with console.error and leave a promise rejected with
   * `canary rejection` unhandled; resolves to the canaries the browser's watch must see.
   */
  backgroundCanary(harness: Harness): Promise<string[]>;
  /**
   * The browser's storage.session quota, bytes, where it has one (Chrome and Firefox: 10 MB). Undefined:
   * the browser sets none, so there is nothing to fill.
   */
  sessionQuotaBytes?: number;
  /** The browser the storage test fills, where it needs other settings than the rest (Firefox: its own idle time). */
  storageLaunch?: () => Promise<Harness>;
}

/** Counts what escapes the panel page's code: exceptions and unhandled rejections. Read back with panelErrors. */
const WATCH_PANEL = `(() => {
  window.__errors = [];
  window.addEventListener('error', (e) => window.__errors.push(String(e.message)));
  window.addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason)));
  return true;
})()`;

const panelErrors = (panel: BrowserTab) => panel.evaluate<string[]>('window.__errors');

/** What the panel's status line says, as text. */
const panelNotice = (panel: BrowserTab) => panel.evaluate<string>(`document.querySelector('.connection')?.textContent ?? ''`);

/**
 * Faults a user's browser deals the extension: a page that leaves or closes while a call is in
 * flight, a tab closed under its DevTools, the extension reloaded mid-capture, storage.session
 * full. Each must leave no error in the background's console, none in the panel, and a panel
 * that says what happened. Written once, run in each browser; `devtools` where the real
 * DevTools panel can be driven (Chromium).
 */
export function faultsSuite(launch: () => Promise<Harness>, options: FaultsOptions & { devtools?: () => Promise<FaultsDevtoolsHarness> }): void {
  describe('faults', () => {
    let server: ApiServer;
    let harness: Harness;
    let backgroundErrors: () => Promise<string[]>;
    const open: BrowserTab[] = [];
    const track = <T extends BrowserTab>(t: T): T => (open.push(t), t);

    beforeAll(async () => {
      server = await startApiServer();
    });
    afterAll(async () => {
      await server?.close();
    });
    afterEach(async () => {
      server.releaseHeld();
      open.length = 0;
      await harness?.close();
    });

    const start = async (make: () => Promise<Harness> = launch) => {
      harness = await make();
      backgroundErrors = await harness.watchBackground();
    };
    const post = (tab: BrowserTab, path: string, body: object) => tab.evaluate<{ status: number; location: string }>(`api.post(${JSON.stringify(path)}, ${JSON.stringify(body)})`);
    /** Sends a call the server keeps in flight; resolves once the server holds it. */
    const postHeld = async (tab: BrowserTab, path: string, body: object) => {
      const before = server.held();
      await tab.evaluate(`(api.post(${JSON.stringify(path + '?hold')}, ${JSON.stringify(body)}).catch(() => undefined), true)`);
      await waitUntil(async () => server.held() > before, () => 'the server to hold the call');
    };
    const openSession = async (tab: BrowserTab, name: string) => {
      const sid = sidOf((await post(tab, '/api/v1/sessions', sessionStart(name))).location);
      await post(tab, eventsPath(sid), playerEvent('play', 0));
      return sid;
    };
    const openWatchedPanel = async (tabId: number) => {
      const panel = track(await harness.openPanel(tabId));
      await panel.evaluate(WATCH_PANEL);
      return panel;
    };

    it('settles a call its page left in flight as failed, and says the page cancelled it', async () => {
      await start();
      const tab = track(await harness.openTab(`${server.url}page`));
      const panel = await openWatchedPanel(tab.tabId);
      const sid = await openSession(tab, 'left mid-call');
      await postHeld(tab, eventsPath(sid), playerEvent('ping', 10));
      await tab.navigate(`${server.url}page?next`);
      let rows: PanelRow[] = [];
      await waitUntil(
        async () => (rows = await panelRows(panel)).length === 3 && rows.every((r) => r.status !== 'pending'),
        () => `the panel to settle the 3 calls; it shows ${JSON.stringify(rows.map((r) => [r.eventType, r.status]))}`,
      );
      expect(rows.map((r) => [r.eventType, r.status])).toEqual([['sessionStart', '201'], ['play', '204'], ['ping', 'failed']]);
      // Its finding says what happened, in the details.
      const failed = rows[2]!.callId;
      await panel.evaluate(`(document.getElementById('row-${failed}').dispatchEvent(new MouseEvent('dblclick', { bubbles: true })), true)`);
      let details = '';
      await waitUntil(
        async () => (details = await panel.evaluate<string>(`document.querySelector('.details[data-call-id="${failed}"]')?.textContent ?? ''`)).includes('cancelled the call'),
        () => `the details to say the page cancelled the call; they say "${details.slice(0, 300)}"`,
      );
      expect(details).toMatch(/left or closed/);
      expect(await panelErrors(panel)).toEqual([]);
      expect(await backgroundErrors()).toEqual([]);
    });

    const closeMidCall = async (make: (() => Promise<FaultsDevtoolsHarness>) | undefined) => {
      // Each step is given a time of its own: once, under load, this test hung to its own timeout.
      await within(start(make), 'the browser to start', 60_000);
      const tab = track(await within(harness.openTab(`${server.url}page`), 'the page to open'));
      const devtoolsPanel = make ? await within((harness as FaultsDevtoolsHarness).openDevtoolsPanel(tab.tabId), 'the DevTools panel to open', 45_000) : undefined;
      const panel = await within(openWatchedPanel(tab.tabId), 'the panel to open');
      const sid = await within(openSession(tab, 'closed mid-call'), 'the session to start');
      await within(postHeld(tab, eventsPath(sid), playerEvent('ping', 10)), 'the held call to reach the server');
      await waitUntil(async () => (await panelState(panel)).calls === 3, () => 'the panel to list the 3 calls');
      if (devtoolsPanel) await waitUntil(async () => (await panelRows(devtoolsPanel)).length === 3, () => 'the DevTools panel to list the 3 calls');
      await within(tab.close(), 'the tab to close');
      let said = '';
      await waitUntil(async () => /tab was closed/i.test((said = await panelNotice(panel))), () => `the panel to say the tab was closed; it says "${said}"`);
      // What the panel showed stays for the user to read.
      expect((await panelState(panel)).calls).toBe(3);
      // The call's failure comes after the tab is gone: nothing of the tab comes back into storage.
      server.releaseHeld();
      const left = await waitUntilSteady(async () => callsOf(await storedEntries(harness, tab.tabId)).length, 500, 'the closed tab\'s storage to settle');
      expect(left).toBe(0);
      expect(await panelErrors(panel)).toEqual([]);
      expect(await backgroundErrors()).toEqual([]);
    };

    if (options.devtools) {
      it('closes a tab under its open DevTools with a call in flight: its panel page says the tab was closed, nothing of it stays', () => closeMidCall(options.devtools));
    } else {
      it('closes a tab with a call in flight: its panel says the tab was closed, nothing of it stays', () => closeMidCall(undefined));
    }

    it('reloads the extension while a page sends calls and the panel is open: capture goes on, the reopened panel says calls from before are gone', { timeout: 240_000 }, async () => {
      await start(options.devtools);
      const tab = track(await harness.openTab(`${server.url}page`));
      const devtoolsPanel = options.devtools ? await (harness as FaultsDevtoolsHarness).openDevtoolsPanel(tab.tabId) : undefined;
      const panel = await openWatchedPanel(tab.tabId);
      const sid = await openSession(tab, 'reloaded mid-capture');
      await waitUntil(async () => (await panelState(panel)).calls === 2, () => 'the panel to list the first 2 calls');
      // The player keeps reporting through the reload: a ping every 50 ms.
      await tab.evaluate(`(window.__pings = setInterval(() => api.post(${JSON.stringify(eventsPath(sid))}, { eventType: 'ping', playerTime: { playhead: 1, ts: Date.now() } }).catch(() => undefined), 50), true)`);
      // Each step is given a time of its own: twice in CI this test hung to its own timeout.
      await within(harness.reloadExtension(), 'the extension to reload and its background to answer', 150_000);
      // The browser closes the extension's pages, the panel among them (DevTools drops it too).
      await within(expect(panel.evaluate('1')).rejects.toThrow(), 'the old panel page to be gone');
      if (devtoolsPanel) await within(expect(devtoolsPanel.evaluate('1')).rejects.toThrow(), 'the old DevTools panel to be gone');
      const reopened = await within(openWatchedPanel(tab.tabId), 'the panel to open again');
      let said = '';
      await waitUntil(
        async () => /reloaded/i.test((said = await reopened.evaluate<string>(`document.querySelector('.reloaded')?.textContent ?? ''`))),
        () => `the reopened panel to say the extension was reloaded; it says "${said}"`,
      );
      const after = (await panelState(reopened)).calls;
      await waitUntil(async () => (await panelState(reopened)).calls > after + 2, () => 'the pings sent after the reload to be captured and listed');
      await tab.evaluate('(clearInterval(window.__pings), true)');
      expect(await panelErrors(reopened)).toEqual([]);
      expect(await backgroundErrors()).toEqual([]);
    });

    if (options.sessionQuotaBytes !== undefined) {
      const quota = options.sessionQuotaBytes;
      it('fills storage.session: drops the oldest calls, says how many, and keeps capturing', async () => {
        await start(options.storageLaunch);
        const tab = track(await harness.openTab(`${server.url}page`));
        const panel = await openWatchedPanel(tab.tabId);
        // Sessions with a 1 MB name until more than the quota was sent.
        const big = 'x'.repeat(1024 * 1024);
        const bigStarts = Math.ceil(quota / big.length) + 2;
        for (let i = 0; i < bigStarts; i++) await post(tab, '/api/v1/sessions', sessionStart(`${i} ${big}`));
        let state = await panelState(panel);
        await waitUntil(async () => (state = await panelState(panel)).dropped > 0, () => `the panel to say calls were dropped; it shows ${JSON.stringify(state)}`);
        const sid = await openSession(tab, 'after the storage filled');
        await post(tab, eventsPath(sid), playerEvent('sessionEnd', 5));
        let rows: PanelRow[] = [];
        await waitUntil(
          async () => (rows = await panelRows(panel)).filter((r) => r.sid === sid && r.status !== 'pending').length === 3,
          () => `the panel to list the new session's 3 calls, settled; it shows ${JSON.stringify(rows.map((r) => [r.eventType, r.status, r.sid]))}`,
        );
        // The panel hears of a call as its write is issued; near the quota the write, and the
        // evictions it forces, land later (seconds, in Firefox on a loaded machine). Every call
        // sent is either listed or counted as dropped once they have: awaited as one condition.
        let seen = { dropped: 0, listed: 0, stored: 0, shown: '' };
        await waitUntil(
          async () => {
            const now = await panelState(panel);
            seen = {
              dropped: now.dropped,
              listed: now.calls,
              stored: callsOf(await storedEntries(harness, tab.tabId)).length,
              shown: await panel.evaluate<string>(`document.querySelector('.dropped')?.textContent ?? ''`),
            };
            return seen.dropped + seen.listed === bigStarts + 3 && seen.stored === seen.listed && seen.shown.includes(String(seen.dropped));
          },
          () => `${bigStarts + 3} calls sent to be listed or counted as dropped, storage to hold those listed, the panel to show the count; it shows ${JSON.stringify(seen)}`,
        );
        expect(seen.dropped).toBeGreaterThan(0);
        expect(await panelErrors(panel)).toEqual([]);
        expect(await backgroundErrors()).toEqual([]);
      });
    }

    it('would see an error and an unhandled rejection in the background\'s console (the checks above are not blind)', async () => {
      await start();
      expect(await backgroundErrors()).toEqual([]);
      const expected = await options.backgroundCanary(harness);
      expect(expected.length).toBeGreaterThan(0);
      let seen: string[] = [];
      await waitUntil(
        async () => {
          seen = await backgroundErrors();
          return expected.every((canary) => seen.some((e) => e.includes(canary)));
        },
        () => `the watch to see ${JSON.stringify(expected)}; it saw ${JSON.stringify(seen)}`,
      );
    });
  });
}
