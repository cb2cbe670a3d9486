import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { LOCALES, SHORT_DESCRIPTION_MAX } from '../../scripts/extension-locales.js';
import { buildListing, LONG_DESCRIPTION_MAX } from '../../scripts/store-listing.js';

const ROOT = resolve(import.meta.dirname, '../..');

/** buildListing on a copy of what it reads, after `change` edited the copy. */
function listingOfCopy(change: (copy: string) => void) {
  const copy = mkdtempSync(join(tmpdir(), 'mci-store-'));
  try {
    for (const path of ['package.json', 'manifest.json', '_locales', 'store']) cpSync(join(ROOT, path), join(copy, path), { recursive: true, filter: (from) => !from.endsWith('.png') });
    change(copy);
    return buildListing(copy);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

function edit(path: string, change: (text: string) => string): void {
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

it('store/listing.json is what npm run store makes from the manifest, _locales/ and store/ now', () => {
  expect(JSON.parse(readFileSync(join(ROOT, 'store/listing.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(buildListing(ROOT))));
});

it('justifies every permission the manifest asks for, host access included', () => {
  expect(buildListing(ROOT).permissions.map((p) => p.permission)).toEqual(['webRequest', 'storage', 'Host permissions']);
});

it('refuses to build a listing with a permission nobody justified', () => {
  expect(() => listingOfCopy((copy) => edit(join(copy, 'store/permissions.md'), (text) => text.replace('## storage', '## storage-not')))).toThrow(
    'store/permissions.md has no "## storage" section',
  );
});

it('has every language, each with the product name, a short description within the limit and a long one', () => {
  const listing = buildListing(ROOT);
  expect(Object.keys(listing.languages)).toEqual([...LOCALES]);
  for (const [locale, texts] of Object.entries(listing.languages)) {
    expect(texts.name, locale).toBe('Media Collection Inspector');
    expect([...texts.summary].length, locale).toBeGreaterThan(40);
    expect([...texts.summary].length, locale).toBeLessThanOrEqual(SHORT_DESCRIPTION_MAX);
    expect([...texts.description].length, locale).toBeGreaterThan(texts.summary.length * 4);
    expect([...texts.description].length, locale).toBeLessThanOrEqual(LONG_DESCRIPTION_MAX);
  }
});

it('takes the English name and summary from the manifest as English resolves it', () => {
  const listing = buildListing(ROOT);
  expect(listing.defaultLanguage).toBe('en');
  expect({ name: listing.name, summary: listing.summary }).toEqual({ name: listing.languages.en.name, summary: listing.languages.en.summary });
  expect(listing.summary).not.toMatch(/__MSG_/);
});

it('refuses a short description over the limit, and a language without its long description', () => {
  const tooLong = 'x'.repeat(SHORT_DESCRIPTION_MAX + 1);
  expect(() =>
    listingOfCopy((copy) => edit(join(copy, '_locales/de/messages.json'), (text) => text.replace(/("extensionDescription": \{\s*"message": )"[^"]*"/, `$1"${tooLong}"`))),
  ).toThrow(`_locales/de: the description has ${SHORT_DESCRIPTION_MAX + 1} characters`);
  expect(() => listingOfCopy((copy) => rmSync(join(copy, 'store/descriptions/pt_BR.md')))).toThrow(/pt_BR\.md/);
});

/**
 * The words Adobe's own translated documentation uses, so a reader finds the same terms in the
 * store as on Adobe's pages; plural and inflected forms count.
 */
const ADOBE_TERMS: Record<Exclude<(typeof LOCALES)[number], 'en'>, RegExp[]> = {
  de: [/Ereignis/, /Sitzung/, /Anzeige/, /Werbeunterbrechung/, /Kapitel/, /Hauptinhalt/],
  nl: [/gebeurtenis/, /sessie/, /advertentie/, /advertentieblok/, /hoofdstuk/, /hoofdinhoud/],
  zh_CN: [/事件/, /会话/, /广告/, /广告时间/, /章节/, /主内容/],
  pt_BR: [/evento/, /sessão/, /anúncio/, /intervalos? de anúncio/, /capítulo/, /conteúdo principal/],
  fr: [/événement/, /session/, /publicité/, /coupures? publicitaires?/, /chapitre/, /contenu principal/],
};

it("uses Adobe's translated terms for event, session, ad, ad break, chapter and main content, and leaves event types untranslated", () => {
  const { languages } = buildListing(ROOT);
  for (const [locale, terms] of Object.entries(ADOBE_TERMS)) {
    const text = languages[locale as keyof typeof ADOBE_TERMS].description;
    for (const term of terms) expect(text, locale).toMatch(term);
    for (const apiName of ['adStart', 'adBreakStart', 'adBreakComplete', 'sessionEnd', 'Media Collection API', 'Media Edge API', 'Web SDK']) expect(text, locale).toContain(apiName);
  }
});
