import type { UiLocale } from '../../i18n/locales.js';

/** Scripts written right to left; none of our languages is, but `dir` must follow whichever is chosen. */
const RIGHT_TO_LEFT = new Set(['ar', 'he', 'fa', 'ur', 'yi', 'ps', 'dv']);

export function textDirection(locale: string): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(locale.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';
}

/** `<html lang dir>` as the language the page speaks: screen readers, hyphenation and fonts follow it. */
export function applyDocumentLanguage(root: HTMLElement, locale: UiLocale): void {
  root.lang = locale;
  root.dir = textDirection(locale);
}
