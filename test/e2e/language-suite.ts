import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogFor } from '../../src/i18n/catalog.js';
import type { Locale } from '../../src/i18n/locales.js';
import { openPanelAt, openStrayAdStart, playedOnce, SHOTS } from './support/demo-panel.js';
import type { Harness } from './support/harness.js';

/** Debian's fonts-noto-cjk: without a CJK font, Chinese shows as boxes. */
export const CJK_FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';

/** What the panel shows, as a person reads it: its text and the words it gives screen readers and tooltips. */
const READ_PANEL = `(() => {
  const attributes = [...document.querySelectorAll('[title], [aria-label], [placeholder]')]
    .flatMap((el) => ['title', 'aria-label', 'placeholder'].map((name) => el.getAttribute(name)).filter(Boolean));
  return { lang: document.documentElement.lang, text: document.body.innerText, attributes };
})()`;

/**
 * The English catalog's texts a person would spot as English in a translated panel: whole
 * messages of two words or more, with no placeholder, that the language translates differently.
 */
function englishToSpot(locale: Locale): string[] {
  const english = catalogFor('en');
  const translated = catalogFor(locale);
  return Object.entries(english)
    .filter(([id, text]) => !/[{}]/.test(text) && /\p{L}{2,}\s+\p{L}{2,}/u.test(text) && translated[id] !== text)
    .map(([, text]) => text);
}

/** A word of the language's own that the stray adStart's finding must use (Adobe's word for "ad break"). */
const AD_BREAK: Record<'de' | 'zh-CN', string> = { de: 'Werbeunterbrechung', 'zh-CN': '广告时间' };

/**
 * The panel in the browser's own language, set as a user's system sets it (the harness starts
 * the browser so); nothing in the page or the catalog is mocked.
 */
export function languageSuite(browser: string, launch: (uiLanguage: string) => Promise<Harness>, needs: readonly string[] = []): void {
  for (const locale of ['de', 'zh-CN'] as const) {
    describe(`the panel in ${locale}, the browser's language`, () => {
      const missing = needs.filter((path) => !existsSync(path.replace('{locale}', locale)));
      if (missing.length) throw new Error(`${browser} cannot speak ${locale} here: ${missing.join(', ')} missing (apt-get install the language packages listed in .ci/run)`);
      const played = playedOnce(() => launch(locale), 'ads-outside-break');

      for (const size of [{ width: 480, height: 800, dock: 'right' }, { width: 1000, height: 260, dock: 'bottom' }] as const) {
        it(`docked ${size.dock}: every word is in ${locale}, the finding uses Adobe's term, nothing English is left`, async () => {
          const panel = await openPanelAt(played.harness, played.tab.tabId, size, 'light');
          await openStrayAdStart(panel);
          await panel.screenshot?.(`${SHOTS}/${played.harness.name}-${locale}-${size.dock}.png`);
          const read = await panel.evaluate<{ lang: string; text: string; attributes: string[] }>(READ_PANEL);
          expect(read.lang).toBe(locale);
          expect(read.text).toContain(AD_BREAK[locale]);
          const shown = [read.text, ...read.attributes].join('\n');
          expect(englishToSpot(locale).filter((english) => shown.includes(english))).toEqual([]);
          await panel.close();
        });
      }
    });
  }
}
