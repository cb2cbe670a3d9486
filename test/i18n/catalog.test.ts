import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { catalogFor, namespaceCatalogs } from '../../src/i18n/catalog.js';
import { LOCALES } from '../../src/i18n/locales.js';

/** The placeholder names a message uses, plural and select arguments included, sorted. */
function placeholders(text: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
      if ('value' in el && typeof el.value === 'string') names.add(el.value);
      if (el.type === TYPE.plural || el.type === TYPE.select) for (const option of Object.values(el.options)) walk(option.value);
    }
  };
  walk(parse(text, { ignoreTag: true }));
  return [...names].sort();
}

/** Every plural argument of a message: its option keys. */
function pluralOptions(text: string): string[][] {
  const found: string[][] = [];
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.plural) found.push(Object.keys(el.options));
      if (el.type === TYPE.plural || el.type === TYPE.select) for (const option of Object.values(el.options)) walk(option.value);
    }
  };
  walk(parse(text, { ignoreTag: true }));
  return found;
}

const english = catalogFor('en');

describe('the message catalog', () => {
  it('gives every id once: no two namespaces define the same one', () => {
    const seen = new Map<string, number>();
    namespaceCatalogs('en').forEach((ns, index) => {
      for (const id of Object.keys(ns)) {
        expect(seen.has(id), `${id} is in two namespaces`).toBe(false);
        seen.set(id, index);
      }
    });
  });

  for (const locale of LOCALES) {
    describe(locale, () => {
      const catalog = catalogFor(locale);
      it('has every English id, and no id English lacks', () => {
        expect(Object.keys(catalog).filter((id) => !(id in english))).toEqual([]);
        expect(Object.keys(english).filter((id) => !(id in catalog))).toEqual([]);
      });
      it('is translated: at most 5% of its messages with words in them are the English text', () => {
        if (locale === 'en') return;
        const worded = Object.keys(english).filter((id) => /\p{L}{2,}\s+\p{L}{2,}/u.test(english[id]!.replace(/\{[^{}]*\}/g, '')));
        const untranslated = worded.filter((id) => catalog[id] === english[id]);
        expect(untranslated.length, `untranslated: ${untranslated.join(', ')}`).toBeLessThanOrEqual(Math.floor(worded.length * 0.05));
      });
      it('has no empty message', () => {
        expect(Object.entries(catalog).filter(([, text]) => !text.trim()).map(([id]) => id)).toEqual([]);
      });
      it('uses the same placeholders as English in every message', () => {
        const differing = Object.keys(english)
          .filter((id) => catalog[id] !== undefined)
          .filter((id) => placeholders(catalog[id]!).join() !== placeholders(english[id]!).join())
          .map((id) => `${id}: ${placeholders(catalog[id]!).join()} ≠ ${placeholders(english[id]!).join()}`);
        expect(differing).toEqual([]);
      });
      it('gives every plural the forms this language needs, and no form it never uses', () => {
        const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories as string[];
        const wrong: string[] = [];
        for (const [id, text] of Object.entries(catalog)) {
          for (const options of pluralOptions(text)) {
            const named = options.filter((o) => !o.startsWith('='));
            if (!named.includes('other')) wrong.push(`${id}: no "other"`);
            for (const o of named) if (!categories.includes(o)) wrong.push(`${id}: "${o}" is not a ${locale} plural form`);
            for (const c of categories) if (c !== 'other' && !named.includes(c) && c !== 'zero') wrong.push(`${id}: no "${c}"`);
          }
        }
        expect(wrong).toEqual([]);
      });
    });
  }
});
