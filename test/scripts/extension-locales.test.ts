import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { LOCALES, readMessages, resolveMessages, SHORT_DESCRIPTION_MAX } from '../../scripts/extension-locales.js';
import { manifestFor, TARGETS, type SourceManifest } from '../../scripts/extension-manifest.js';

const ROOT = resolve(import.meta.dirname, '../..');
const source = JSON.parse(readFileSync(resolve(ROOT, 'manifest.json'), 'utf8')) as SourceManifest;

it('has a _locales folder for exactly the product languages, each with the keys English has', () => {
  expect(readdirSync(resolve(ROOT, '_locales')).sort()).toEqual([...LOCALES].sort());
  const keys = Object.keys(readMessages(ROOT, 'en')).sort();
  for (const locale of LOCALES) expect(Object.keys(readMessages(ROOT, locale)).sort(), locale).toEqual(keys);
});

it('names its name and description by __MSG_ keys, with English as the default locale', () => {
  for (const target of TARGETS) {
    const manifest = manifestFor(source, target, '1.0.0');
    expect(manifest).toMatchObject({ name: '__MSG_extensionName__', description: '__MSG_extensionDescription__', default_locale: 'en' });
  }
});

it('the built manifest resolves every __MSG_ key in every language, the product name untranslated', () => {
  for (const target of TARGETS) {
    for (const locale of LOCALES) {
      const resolved = resolveMessages(manifestFor(source, target, '1.0.0'), readMessages(ROOT, locale));
      expect(JSON.stringify(resolved), `${target} ${locale}`).not.toMatch(/__MSG_/);
      expect(resolved.name, locale).toBe('Media Collection Inspector');
      expect([...String(resolved.description)].length, locale).toBeLessThanOrEqual(SHORT_DESCRIPTION_MAX);
    }
  }
});

it('each translated description is its own, and keeps the API names in English', () => {
  const descriptions = LOCALES.map((locale) => readMessages(ROOT, locale).extensionDescription!.message);
  expect(new Set(descriptions).size).toBe(LOCALES.length);
  for (const text of descriptions) expect(text).toMatch(/Media Collection API.*Media Edge API/);
});

it('matches keys as browsers do, without regard to case, and refuses a key it has no message for', () => {
  const messages = { extensionName: { message: 'X' } };
  expect(resolveMessages({ name: '__MSG_EXTENSIONNAME__', list: ['__MSG_extensionName__ y'] }, messages)).toEqual({ name: 'X', list: ['X y'] });
  expect(() => resolveMessages({ name: '__MSG_missing__' }, messages)).toThrow('no message "missing"');
});
