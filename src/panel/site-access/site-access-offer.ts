import { signal, type ReadonlySignal } from '@preact/signals';
import type { HostAccess } from '../../site-access/host-access.js';
import { patternsForSite } from '../../site-access/patterns.js';
import type { ApiTraffic } from './api-traffic.js';

export interface SiteAccessOffer {
  /** The patterns to ask for when the panel saw API calls that capture cannot see; empty otherwise. */
  missing: ReadonlySignal<readonly string[]>;
  /** One API call from DevTools' network log. */
  saw(traffic: ApiTraffic): void;
}

/**
 * "Capture on this site": offered once DevTools' network log has shown an API call whose page
 * or API host the extension may not access, withdrawn as soon as a grant covers them (given here
 * or anywhere else: the browser reports every change).
 *
 * `inspectedPage` is asked for the page's URL when a call carried no Origin or Referer.
 */
export function createSiteAccessOffer(access: HostAccess, inspectedPage: () => Promise<string | undefined>): SiteAccessOffer {
  const missing = signal<readonly string[]>([]);
  const apiUrls = new Set<string>();
  let pageUrl: string | undefined;
  let checks = 0;

  const check = async () => {
    const patterns = patternsForSite(pageUrl, apiUrls);
    const ticket = ++checks;
    const covered = patterns.length === 0 || (await access.covers(patterns));
    if (ticket === checks) missing.value = covered ? [] : patterns;
  };
  access.onChange(() => void check());

  return {
    missing,
    saw(traffic) {
      const known = apiUrls.size;
      apiUrls.add(new URL(traffic.url).origin);
      const pageBefore = pageUrl;
      pageUrl ??= traffic.pageUrl;
      if (apiUrls.size === known && pageUrl === pageBefore) return;
      if (pageUrl) return void check();
      void inspectedPage()
        .catch(() => undefined)
        .then((url) => {
          pageUrl ??= url;
          return check();
        });
    },
  };
}
