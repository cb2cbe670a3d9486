import { DEFAULT_LOCALE, LOCALES, pickLocale, PSEUDO_LOCALE, type UiLocale } from '../i18n/locales.js';

/** What --lang takes, as its help and its error name them. */
export const LANG_TAGS: readonly UiLocale[] = [...LOCALES, PSEUDO_LOCALE];

/**
 * The language a --lang value names, as pickLocale reads a tag (de-DE and de_DE.UTF-8 are de,
 * pt-PT is pt-BR), or en-XA, the pseudo-locale; undefined for a language we do not speak, which
 * pickLocale would quietly turn into English.
 */
export function langOption(value: string): UiLocale | undefined {
  const tag = value.trim();
  if (tag.toLowerCase() === PSEUDO_LOCALE.toLowerCase()) return PSEUDO_LOCALE;
  const picked = pickLocale([tag]);
  if (picked !== DEFAULT_LOCALE) return picked;
  return /^en(?:[-_.@]|$)/i.test(tag) ? DEFAULT_LOCALE : undefined;
}

/** C and POSIX, with or without a codeset (C.UTF-8): the locale whose output POSIX fixes. */
function isCLocale(locale: string): boolean {
  return /^(?:C|POSIX)(?:[.@].*)?$/.test(locale);
}

/**
 * The language of the environment, the way gettext finds a program's messages: the locale is
 * the first of LC_ALL, LC_MESSAGES and LANG that is set and not empty; in the C locale (or none)
 * the messages are the program's own, English. Otherwise LANGUAGE, when set, is a colon-separated
 * priority list ("fr:de") that replaces the locale's name; the first language in it we speak wins,
 * and none gives English, as gettext then shows the untranslated text.
 */
export function environmentLocale(env: Readonly<Record<string, string | undefined>>): UiLocale {
  const locale = [env['LC_ALL'], env['LC_MESSAGES'], env['LANG']].find((value) => value !== undefined && value !== '');
  if (locale === undefined || isCLocale(locale)) return DEFAULT_LOCALE;
  const priority = (env['LANGUAGE'] ?? '').split(':').filter((tag) => tag !== '');
  return pickLocale(priority.length > 0 ? priority : [locale]);
}
