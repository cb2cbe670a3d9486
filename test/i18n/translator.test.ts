import { describe, expect, it } from 'vitest';
import { catalogFor, type MessageId } from '../../src/i18n/catalog.js';
import { pickLocale } from '../../src/i18n/locales.js';
import { createTranslator, english } from '../../src/i18n/translator.js';

describe('pickLocale', () => {
  it.each([
    [['de-DE', 'en'], 'de'],
    [['fr_CA.UTF-8'], 'fr'],
    [['pt-PT'], 'pt-BR'],
    [['zh-Hans-CN'], 'zh-CN'],
    [['zh_CN.UTF-8'], 'zh-CN'],
    [['zh-TW', 'nl'], 'nl'],
    [['C', 'POSIX'], 'en'],
    [['ja', 'ko'], 'en'],
    [[], 'en'],
  ] as const)('%j speaks %s', (wanted, locale) => {
    expect(pickLocale(wanted)).toBe(locale);
  });
});

describe('a translator', () => {
  it('fills placeholders and chooses the language', () => {
    expect(english.t('severity.error')).toBe('error');
    expect(createTranslator('de').t('severity.error')).toBe('Fehler');
    expect(english.t('panel.response.failed', { error: '<script>x</script>' })).toBe('Failed: <script>x</script>');
  });

  it('writes numbers as the language does', () => {
    expect(createTranslator('de').number(1234.5)).toBe('1.234,5');
    expect(english.number(1234.5)).toBe('1,234.5');
  });

  it('fails loudly on an id that is not in the catalog', () => {
    expect(() => english.t('no.such.id' as MessageId)).toThrow(/no message "no.such.id"/);
  });

  it('renders every English message with its placeholders filled', () => {
    for (const id of Object.keys(catalogFor('en')) as MessageId[]) {
      expect(() => english.t(id, new Proxy({}, { get: () => 1, has: () => true }) as never)).not.toThrow();
    }
  });

  it('has a pseudo-locale that accents every letter and lengthens every message by at least 30%', () => {
    const pseudo = createTranslator('en-XA');
    for (const id of Object.keys(catalogFor('en')) as MessageId[]) {
      // Every placeholder filled with a number: a plural, a select (its other branch) and plain text all take one.
      const values = new Proxy({}, { get: () => 2, has: () => true }) as never;
      const plain = english.t(id, values);
      const shown = pseudo.t(id, values);
      expect(shown).toMatch(/^⟦.*⟧$/s);
      if (/[a-z]{3}/i.test(plain)) expect(shown, id).not.toMatch(/[a-z]{3}/i);
      expect(shown.length, id).toBeGreaterThanOrEqual(Math.floor(plain.length * 1.3));
    }
  });
});
