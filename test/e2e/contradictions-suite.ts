import { expect, it } from 'vitest';
import type { ApiServer } from './support/api-server.js';
import { sessionStart } from './support/bodies.js';
import { panelRows, waitUntil } from './support/captured.js';
import type { Harness } from './support/harness.js';

/**
 * A finding that cites a disagreement between Adobe's pages (C3) links to its section of the page
 * the extension ships (docs/contradictions.md as HTML): the panel cannot open the repository.
 */
export function contradictionLinkTests(env: () => { harness: Harness; server: ApiServer; pageUrl: () => string }): void {
  it("links a finding's C-citation to its section of the contradictions page shipped with the extension", async () => {
    const { harness, pageUrl } = env();
    const tab = await harness.openTab(pageUrl());
    // The e2e sessionStart leaves out visitor.marketingCloudOrgId: an advisory-param finding citing C3.
    await tab.evaluate(`api.post('/api/v1/sessions', ${JSON.stringify(sessionStart())})`);
    const panel = await harness.openPanel(tab.tabId);
    await waitUntil(async () => (await panelRows(panel))[0]?.rules?.includes('advisory-param') ?? false, () => 'the advisory-param finding on the sessionStart');
    await panel.evaluate(`(() => { document.querySelector('tr.call').dispatchEvent(new MouseEvent('dblclick', { bubbles: true })); return true; })()`);
    const selector = `.details .finding[data-rule="advisory-param"] .contradiction a`;
    await waitUntil(async () => panel.evaluate<boolean>(`!!document.querySelector(${JSON.stringify(selector)})`), () => 'the C3 link in the details');
    const link = await panel.evaluate<{ href: string; text: string; origin: string }>(
      `(() => { const a = document.querySelector(${JSON.stringify(selector)}); return { href: a.href, text: a.textContent, origin: location.origin }; })()`,
    );
    expect(link.text).toBe('C3: Required sessionStart parameters');
    expect(link.href).toBe(`${link.origin}/docs/contradictions.html#c3`);
    await panel.close();

    const page = await harness.openTab(link.href);
    const target = await page.evaluate<{ hash: string; heading: string | undefined }>(
      `({ hash: location.hash, heading: document.getElementById(location.hash.slice(1))?.nextElementSibling?.textContent })`,
    );
    expect(target).toEqual({ hash: '#c3', heading: 'C3 Required sessionStart parameters' });
    await page.close();
    await tab.close();
  });
}
