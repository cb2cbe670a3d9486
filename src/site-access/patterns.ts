import type { Translator } from '../i18n/translator.js';

/**
 * Which host permissions a site needs. Pure: no browser API, so the panel, the grant page and
 * the tests share it.
 *
 * A grant is a match pattern `*://HOST/*`: http and https, any port, any path. Ports are left
 * out because Firefox's match patterns cannot carry one, and a player's page and its API often
 * sit on the same host behind different ports in development. Chromium's webRequest reports a
 * call only when the extension may access both the call's host and its initiator (the page), so
 * a site's grant names the page's host together with every API host its calls went to.
 */
export const ALL_SITES = '*://*/*';

const SITE_PATTERN = /^\*:\/\/(\*|[^/*:?#]+|\[[0-9a-f:.]+\])\/\*$/i;

/** The pattern that grants the host of an http(s) URL, or undefined for anything else (file:, data:, a malformed URL). */
export function sitePattern(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if ((parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || parsed.hostname === '') return undefined;
  return `*://${parsed.hostname}/*`;
}

/** The page's pattern first, then each API host's, without repeats. */
export function patternsForSite(pageUrl: string | undefined, apiUrls: Iterable<string>): string[] {
  const patterns = new Set<string>();
  for (const url of [...(pageUrl ? [pageUrl] : []), ...apiUrls]) {
    const pattern = sitePattern(url);
    if (pattern) patterns.add(pattern);
  }
  return [...patterns];
}

/** True for the patterns this extension asks for: one host, or all sites. Anything else in a URL is ignored. */
export function isSitePattern(value: string): boolean {
  return SITE_PATTERN.test(value);
}

/** What a person reads for a pattern: `example.com`, or "All sites" in their language. */
export function siteLabel(t: Translator, pattern: string): string {
  if (pattern === ALL_SITES || pattern === '<all_urls>') return t.t('site-access.all-sites');
  const m = /^[^:]+:\/\/([^/]+)\/.*$/.exec(pattern);
  return m ? m[1]! : pattern;
}
