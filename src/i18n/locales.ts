/**
 * The languages the panel, the rule messages and the command line speak. A locale here is a
 * BCP 47 tag; `_locales/` (read by the browser for the manifest) spells the same ones with `_`.
 */
export const LOCALES = ['en', 'de', 'nl', 'zh-CN', 'pt-BR', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * Not a language: English with every letter accented and every text lengthened, to see at a
 * glance what is not in the catalog and whether a longer translation breaks the layout.
 */
export const PSEUDO_LOCALE = 'en-XA';
export type UiLocale = Locale | typeof PSEUDO_LOCALE;

export const DEFAULT_LOCALE: Locale = 'en';

/** The name of each language in that language, for the language setting. */
export const LANGUAGE_NAMES: Readonly<Record<UiLocale, string>> = {
  en: 'English',
  de: 'Deutsch',
  nl: 'Nederlands',
  'zh-CN': '简体中文',
  'pt-BR': 'Português (Brasil)',
  fr: 'Français',
  [PSEUDO_LOCALE]: 'Pseudo (en-XA)',
};

export function isUiLocale(tag: string): tag is UiLocale {
  return tag === PSEUDO_LOCALE || (LOCALES as readonly string[]).includes(tag);
}

/**
 * The first of the user's languages (most wanted first, as the browser's language list, LANGUAGE or
 * i18n.getUILanguage give them) that we speak, or English. A regional variant takes its
 * language (de-AT: de, fr-CA: fr, pt-PT: pt-BR, the only Portuguese we have); Chinese takes
 * zh-CN only when written in Simplified characters: a reader of zh-TW is passed on to their
 * next language rather than given a script they did not ask for.
 */
export function pickLocale(wanted: readonly string[]): Locale {
  for (const raw of wanted) {
    const tag = raw.trim().replace(/_/g, '-').replace(/\..*$/, '').toLowerCase();
    if (!tag || tag === 'c' || tag === 'posix') continue;
    const [language, ...rest] = tag.split('-');
    if (language === 'zh') {
      if (rest.some((part) => part === 'tw' || part === 'hk' || part === 'mo' || part === 'hant')) continue;
      return 'zh-CN';
    }
    if (language === 'pt') return 'pt-BR';
    const found = LOCALES.find((locale) => locale === language);
    if (found) return found;
  }
  return DEFAULT_LOCALE;
}
