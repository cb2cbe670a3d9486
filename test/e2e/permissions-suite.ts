import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRANT_PAGE, patternsFromQuery } from '../../src/site-access/grant-url.js';
import { startApiServer, type ApiServer } from './support/api-server.js';
import { sessionStart } from './support/bodies.js';
import { callsOf, storedEntries, waitUntil } from './support/captured.js';
import type { BrowserTab, Harness } from './support/harness.js';
import { clickGrant, grantedOnPage, grantSites, grantStatus } from './support/site-access.js';

/** A harness that can show the extension's panel inside DevTools, where `devtools.network` feeds the offer. */
export interface DevtoolsHarness extends Harness {
  openDevtoolsPanel(tabId: number): Promise<BrowserTab>;
  /** The next extension page whose path starts with `path` to open in a tab, once the extension opens it. */
  waitForExtensionPage(path: string): Promise<BrowserTab>;
}

/** Each call is a sessionStart named after what the test is about: the stored bodies say which calls were captured. */
const startNamed = (tab: BrowserTab, name: string) => tab.evaluate<{ status: number }>(`api.post('/api/v1/sessions', ${JSON.stringify(sessionStart(name))})`);

async function capturedNames(harness: Harness, tabId: number): Promise<string[]> {
  return callsOf(await storedEntries(harness, tabId)).map((c) => {
    const body = c.call.requestBody;
    return body.kind === 'text' ? ((JSON.parse(body.text) as { params: Record<string, string> }).params['media.name'] ?? '') : `(${body.kind}: ${"reason" in body ? body.reason : ""})`;
  });
}

/**
 * Waits until `name` is captured in the tab, then returns every name captured there. webRequest
 * reports a tab's calls in order, so a call made before `name` and missing once `name` is there
 * was not captured: that proves an absence without waiting out a fixed time.
 */
async function capturedUpTo(harness: Harness, tabId: number, name: string): Promise<string[]> {
  let names: string[] = [];
  await waitUntil(async () => (names = await capturedNames(harness, tabId)).includes(name), () => `"${name}" to be captured; captured: ${JSON.stringify(names)}`);
  return names;
}

/**
 * Host access per site, from an extension with none: the real grant page and its real clicks,
 * the browser's own permission store, capture in the background. Written once, run in each
 * browser. The panel's offer needs DevTools' network log, which the tests can reach only in
 * Chromium (`devtools`); in Firefox the offer's logic is tested in node, with a simulated log
 * (test/panel/components/SiteAccessBar.test.tsx).
 */
export function permissionsSuite(launch: () => Promise<Harness>, devtools?: () => Promise<DevtoolsHarness>): void {
  let server: ApiServer;
  /** Two sites on one server: the grants name hosts, whatever the port. */
  const siteA = () => `${server.url}page`;
  const siteB = () => siteA().replace('127.0.0.1', 'localhost');
  const patternA = '*://127.0.0.1/*';

  beforeAll(async () => {
    server = await startApiServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  if (devtools) {
    describe('the DevTools panel, on a site with no access', () => {
      let harness: DevtoolsHarness;
      beforeAll(async () => {
        harness = await devtools();
      });
      afterAll(async () => {
        await harness?.close();
      });

      it('offers "Capture on this site" while nothing is captured, and its grant page captures the next call', async () => {
        const tab = await harness.openTab(siteA());
        const panel = await harness.openDevtoolsPanel(tab.tabId);
        const offer = () => panel.evaluate<string | null>(`document.querySelector('.site-access-bar')?.textContent ?? null`);
        expect(await offer()).toBeNull();
        expect((await startNamed(tab, 'before the grant')).status).toBe(201);
        let text: string | null = null;
        await waitUntil(async () => (text = await offer()) !== null, () => 'the panel to offer capture on this site');
        expect(text).toContain('127.0.0.1');
        expect(await capturedNames(harness, tab.tabId)).toEqual([]);

        const opened = harness.waitForExtensionPage(GRANT_PAGE);
        await panel.click('.site-access-grant');
        const grantPage = await opened;
        expect(patternsFromQuery(new URL(await grantPage.url()).search)).toEqual([patternA]);
        await clickGrant(harness, grantPage, [patternA]);

        await waitUntil(async () => (await offer()) === null, () => 'the offer to go once the site is granted');
        await startNamed(tab, 'after the grant');
        expect(await capturedUpTo(harness, tab.tabId, 'after the grant')).toEqual(['after the grant']);
        await panel.close();
      });
    });
  }

  describe('capture, from no site granted', () => {
    let harness: Harness;
    let tabA: BrowserTab;
    let tabB: BrowserTab;
    beforeAll(async () => {
      harness = await launch();
      tabA = await harness.openTab(siteA());
      tabB = await harness.openTab(siteB());
    });
    afterAll(async () => {
      await harness?.close();
    });

    it('captures nothing before a grant, and the next call after it, with DevTools closed', async () => {
      expect((await startNamed(tabA, 'A before the grant')).status).toBe(201);
      expect((await startNamed(tabB, 'B before the grant')).status).toBe(201);
      await grantSites(harness, [patternA]);
      await startNamed(tabA, 'A after the grant');
      expect(await capturedUpTo(harness, tabA.tabId, 'A after the grant')).toEqual(['A after the grant']);
    });

    it('leaves another site uncaptured', async () => {
      await startNamed(tabB, 'B after A was granted');
      await startNamed(tabA, 'A after B called');
      await capturedUpTo(harness, tabA.tabId, 'A after B called');
      expect(await capturedNames(harness, tabB.tabId)).toEqual([]);
    });

    it('keeps capturing the granted site after the background restarts', async () => {
      await harness.stopBackground();
      await startNamed(tabA, 'A after a restart');
      expect(await capturedUpTo(harness, tabA.tabId, 'A after a restart')).toContain('A after a restart');
    });

    it('lists the grant, and stops capturing once it is revoked', async () => {
      const page = await harness.openExtensionPage(GRANT_PAGE);
      await waitUntil(async () => (await grantedOnPage(page)).includes(patternA), () => 'the grant page to list the granted site');
      await page.click(`li[data-pattern="${patternA}"] button`);
      await waitUntil(async () => (await grantedOnPage(page)).length === 0, () => 'the revoked site to leave the list');
      expect(await grantStatus(page)).toBe('No longer capturing on 127.0.0.1.');
      await page.close();

      await startNamed(tabA, 'A after the revoke');
      // Granted again, so that a later call is captured: the one made while revoked never is.
      await grantSites(harness, [patternA]);
      await startNamed(tabA, 'A granted again');
      const names = await capturedUpTo(harness, tabA.tabId, 'A granted again');
      expect(names).not.toContain('A after the revoke');
      expect(names.at(-1)).toBe('A granted again');
    });
  });
}
