import { isSitePattern } from './patterns.js';

/** The extension page where a person grants and revokes site access, relative to the extension root. */
export const GRANT_PAGE = 'grant.html';

/** `grant.html?site=*://a/*&site=*://b/*`: the page that asks for exactly these patterns. */
export function grantPagePath(patterns: readonly string[]): string {
  const query = new URLSearchParams(patterns.map((p) => ['site', p]));
  return patterns.length ? `${GRANT_PAGE}?${query}` : GRANT_PAGE;
}

/** The patterns a grant page was opened for; anything that is not a site pattern is dropped, never requested. */
export function patternsFromQuery(search: string): string[] {
  return [...new Set(new URLSearchParams(search).getAll('site').filter(isSitePattern))];
}
