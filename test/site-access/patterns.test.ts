import { expect, it } from 'vitest';
import { createTranslator, english } from '../../src/i18n/translator.js';
import { grantPagePath, patternsFromQuery } from '../../src/site-access/grant-url.js';
import { ALL_SITES, isSitePattern, patternsForSite, sitePattern, siteLabel } from '../../src/site-access/patterns.js';

it('grants a host on any scheme, port and path: Firefox patterns carry no port', () => {
  expect(sitePattern('https://player.example.com:8443/watch?v=1')).toBe('*://player.example.com/*');
  expect(sitePattern('http://[::1]:8080/')).toBe('*://[::1]/*');
  expect(sitePattern('file:///tmp/page.html')).toBeUndefined();
  expect(sitePattern('not a url')).toBeUndefined();
});

it("names the page's host first, then each API host once", () => {
  expect(
    patternsForSite('https://www.example.com/video', ['https://example.hb-api.omtrdc.net/api/v1/sessions', 'https://www.example.com/media/api/v1/sessions', 'https://example.hb-api.omtrdc.net/api/v1/sessions/s/events']),
  ).toEqual(['*://www.example.com/*', '*://example.hb-api.omtrdc.net/*']);
  expect(patternsForSite(undefined, ['https://api.example.com/api/v1/sessions'])).toEqual(['*://api.example.com/*']);
});

it('labels a pattern with its host, and all sites in words', () => {
  expect(siteLabel(english, '*://www.example.com/*')).toBe('www.example.com');
  expect(siteLabel(english, ALL_SITES)).toBe('All sites');
  expect(siteLabel(createTranslator('fr'), ALL_SITES)).toBe('Tous les sites');
});

it('the grant page asks only for site patterns found in its address, never for anything else put there', () => {
  const path = grantPagePath(['*://www.example.com/*', '*://api.example.com/*']);
  expect(path.startsWith('grant.html?site=')).toBe(true);
  expect(patternsFromQuery(path.slice(path.indexOf('?')))).toEqual(['*://www.example.com/*', '*://api.example.com/*']);
  expect(patternsFromQuery('?site=<all_urls>&site=https://a.example/*&site=*://b.example/path&site=*://ok.example/*')).toEqual(['*://ok.example/*']);
  expect(grantPagePath([])).toBe('grant.html');
  expect(isSitePattern(ALL_SITES)).toBe(true);
});
