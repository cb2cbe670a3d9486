import { describe, expect, test } from 'vitest';
import { environmentLocale, langOption } from '../../src/cli/language.js';

describe('the language of the environment, found as gettext finds it', () => {
  test.each([
    [{}, 'en'],
    [{ LANG: 'de_DE.UTF-8' }, 'de'],
    [{ LANG: 'zh_CN.UTF-8' }, 'zh-CN'],
    [{ LANG: 'pt_BR.UTF-8' }, 'pt-BR'],
    // LC_ALL wins over LC_MESSAGES, which wins over LANG; an empty one counts as unset.
    [{ LC_ALL: 'fr_FR.UTF-8', LC_MESSAGES: 'nl_NL.UTF-8', LANG: 'de_DE.UTF-8' }, 'fr'],
    [{ LC_MESSAGES: 'nl_NL.UTF-8', LANG: 'de_DE.UTF-8' }, 'nl'],
    [{ LC_ALL: '', LANG: 'de_DE.UTF-8' }, 'de'],
    // LANGUAGE, a priority list, replaces the locale's name unless the locale is C.
    [{ LANG: 'de_DE.UTF-8', LANGUAGE: 'fr:de' }, 'fr'],
    [{ LANG: 'de_DE.UTF-8', LANGUAGE: 'ja:pt_BR' }, 'pt-BR'],
    [{ LANG: 'de_DE.UTF-8', LANGUAGE: 'ja' }, 'en'],
    [{ LANG: 'de_DE.UTF-8', LANGUAGE: '' }, 'de'],
    [{ LANG: 'C', LANGUAGE: 'fr' }, 'en'],
    [{ LANG: 'C.UTF-8', LANGUAGE: 'fr' }, 'en'],
    [{ LC_ALL: 'POSIX', LANG: 'de_DE.UTF-8', LANGUAGE: 'fr' }, 'en'],
    [{ LANGUAGE: 'fr' }, 'en'],
    // A Traditional Chinese reader is not given Simplified characters.
    [{ LANG: 'zh_TW.UTF-8' }, 'en'],
  ])('%j speaks %s', (env, locale) => {
    expect(environmentLocale(env)).toBe(locale);
  });
});

describe('a --lang value', () => {
  test.each([['fr'], ['ja'], ['xx-YY'], ['C'], ['zh-Hant-TW'], ['english']])('%s: only a language we speak is one', (tag) => {
    const known = ['fr'];
    expect(langOption(tag) !== undefined).toBe(known.includes(tag));
  });
});
