import { grantPagePath } from '../../../src/site-access/grant-url.js';
import { ALL_SITES } from '../../../src/site-access/patterns.js';
import { waitUntil } from './captured.js';
import type { BrowserTab, Harness } from './harness.js';

/** The text of the grant page's status line. */
export function grantStatus(page: BrowserTab): Promise<string> {
  return page.evaluate(`document.querySelector('.status')?.textContent ?? ''`);
}

/** Clicks a grant page's button (a real click) and waits for the page to say the grant went through. */
export async function clickGrant(harness: Harness, page: BrowserTab, patterns: readonly string[]): Promise<void> {
  await harness.approveWithoutPrompt(patterns);
  await waitUntil(async () => page.evaluate<boolean>(`!!document.querySelector('#grant-site, #grant-all')`), () => 'the grant page to render');
  await page.click(patterns.includes(ALL_SITES) ? '#grant-all' : '#grant-site');
  let status = '';
  await waitUntil(
    async () => {
      status = await grantStatus(page);
      return page.evaluate<boolean>(`document.querySelector('.status')?.dataset.outcome === 'granted'`);
    },
    () => `the grant to go through; the page says "${status}"`,
  );
}

/** Grants host access the way a person does: on the extension's grant page, with a click. */
export async function grantSites(harness: Harness, patterns: readonly string[]): Promise<void> {
  const page = await harness.openExtensionPage(grantPagePath(patterns.includes(ALL_SITES) ? [] : patterns));
  await clickGrant(harness, page, patterns);
  await page.close();
}

/** The patterns the grant page lists as granted. */
export function grantedOnPage(page: BrowserTab): Promise<string[]> {
  return page.evaluate(`[...document.querySelectorAll('.granted li')].map((li) => li.dataset.pattern)`);
}
