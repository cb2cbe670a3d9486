import { describe, expect, test } from 'vitest';
import { docPage, docUrl, isMediaCollectionApiPage } from '../../../src/core/docs.js';
import { citedLabel, citedPages } from '../../../src/core/rules/cited-pages.js';
import { ALL_RULES, SEQUENCE_RULES } from '../../../src/core/rules/index.js';
import { LOCALES } from '../../../src/i18n/locales.js';
import { createTranslator, english } from '../../../src/i18n/translator.js';

const ids = ALL_RULES.map((r) => r.meta.id);
const urls = (rule: string, api: 'media-collection' | 'media-edge') => citedPages(rule, api).map((c) => c.url);

describe('the pages a finding cites', () => {
  test.each(ids)('%s on a Media Collection API call: its pages, none marked', (id) => {
    const meta = ALL_RULES.find((r) => r.meta.id === id)!.meta;
    const cited = citedPages(id, 'media-collection');
    expect(cited.map((c) => c.url)).toEqual(meta.docs.map((k) => docUrl(docPage(k))));
    expect(cited.filter((c) => c.otherApi)).toEqual([]);
  });

  test.each(ids)('%s on a Media Edge call: a Media Collection API page is cited only marked as one', (id) => {
    for (const c of citedPages(id, 'media-edge')) expect(c.otherApi, c.page.path).toBe(isMediaCollectionApiPage(c.page));
  });

  test('a rule with a Media Edge page that says the same cites it on an Edge call instead of the Media Collection API page', () => {
    expect(urls('ad-outside-break', 'media-collection')).toContain('https://experienceleague.adobe.com/en/docs/media-analytics/using/implementation/media-collection-api/mc-api-ref/mc-api-events-req');
    expect(urls('ad-outside-break', 'media-edge')).toEqual([
      'https://developer.adobe.com/data-collection-apis/docs/endpoints/media/ads/',
      'https://experienceleague.adobe.com/en/docs/media-analytics/using/implementation/events/ads/overview',
      'https://experienceleague.adobe.com/en/docs/media-analytics/using/implementation/events/ads/ad-start',
    ]);
    expect(urls('session-timeout', 'media-edge')).toContain('https://developer.adobe.com/data-collection-apis/docs/endpoints/media/sessions/');
    expect(urls('ping-cadence', 'media-edge')).toContain('https://developer.adobe.com/data-collection-apis/docs/endpoints/media/ping/');
    // A 5xx from Edge Network: its error model says which ones a client retries.
    expect(urls('http-5xx', 'media-edge')[0]).toBe('https://developer.adobe.com/data-collection-apis/docs/getting-started/troubleshooting/');
  });

  test('on a Media Edge call, every sequence rule but accepted-not-counted cites a page that is not the Media Collection API\'s alone', () => {
    const kept = SEQUENCE_RULES.filter((r) => citedPages(r.meta.id, 'media-edge').every((c) => c.otherApi)).map((r) => r.meta.id);
    // No Media Edge page says what these say: their Media Collection API pages stay, marked.
    expect(kept).toEqual(['accepted-not-counted']);
  });

  test.each([...LOCALES])('a Media Collection API page on an Edge call says so (%s)', (locale) => {
    const t = createTranslator(locale);
    const mcPage = citedPages('accepted-not-counted', 'media-edge')[0]!;
    const title = t.t(mcPage.page.title);
    const label = citedLabel(t, mcPage, title);
    expect(label).toContain(title);
    expect(label).toContain('Media Collection API');
    const edgePage = citedPages('ad-outside-break', 'media-edge')[0]!;
    expect(citedLabel(t, edgePage, t.t(edgePage.page.title))).toBe(t.t(edgePage.page.title));
  });

  test('the label marks the address too, where a report prints only that', () => {
    const mcPage = citedPages('accepted-not-counted', 'media-edge')[0]!;
    expect(citedLabel(english, mcPage, mcPage.url)).toBe(`${mcPage.url} (Media Collection API page)`);
  });
});
