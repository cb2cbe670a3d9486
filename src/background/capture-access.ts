import browser from 'webextension-polyfill';
import { browserHostAccess } from '../site-access/host-access.js';
import { patternsForSite, sitePattern } from '../site-access/patterns.js';

/**
 * Whether webRequest would have reported a call of the tab to `url`: the extension may access
 * the call's host and the tab's page (Chromium asks for both, see patterns.ts). A call read from
 * DevTools' log is added only then: DevTools shows every site's traffic, the user granted some.
 * The tab's URL is given only for a page the extension may access, so none means no.
 */
export async function mayCapture(tabId: number, url: string): Promise<boolean> {
  if (sitePattern(url) === undefined) return false;
  try {
    const tab = await browser.tabs.get(tabId);
    if (!tab.url) return false;
    return await browserHostAccess().covers(patternsForSite(tab.url, [url]));
  } catch {
    return false; // the tab is gone
  }
}
