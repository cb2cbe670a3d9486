import browser from 'webextension-polyfill';
import { grantPagePath } from '../../site-access/grant-url.js';
import { browserHostAccess } from '../../site-access/host-access.js';
import { watchApiTraffic, type NetworkFeed } from './api-traffic.js';
import { SiteAccessBar } from './SiteAccessBar.js';
import { createSiteAccessOffer } from './site-access-offer.js';

/**
 * The site access offer wired to the browser: DevTools' network log in, the grant page out.
 * Nothing when the panel runs outside DevTools (opened as a tab), where there is no network log.
 */
export function siteAccessNotice() {
  const network = browser.devtools?.network;
  if (!network) return null;
  const offer = createSiteAccessOffer(browserHostAccess(), async () => {
    const [href] = (await browser.devtools.inspectedWindow.eval('location.href')) as [unknown, unknown];
    return typeof href === 'string' ? href : undefined;
  });
  // The polyfill's types leave out the HAR fields that onRequestFinished delivers in both browsers.
  watchApiTraffic(network as unknown as NetworkFeed, offer.saw);
  // A DevTools panel cannot ask for a permission in Firefox (no user gesture reaches the API
  // there): the grant page asks, after the person's click on it, in both browsers alike.
  const openGrantPage = (patterns: readonly string[]) => void browser.tabs.create({ url: browser.runtime.getURL(grantPagePath(patterns)) });
  return <SiteAccessBar offer={offer} onGrant={openGrantPage} />;
}
