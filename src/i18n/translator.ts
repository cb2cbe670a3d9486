import { IntlMessageFormat } from 'intl-messageformat';
import { catalogFor, type Catalog, type MessageId } from './catalog.js';
import { DEFAULT_LOCALE, PSEUDO_LOCALE, type Locale, type UiLocale } from './locales.js';
import type { Message, MessageValues } from './message.js';
import { pseudoMessage } from './pseudo.js';

/** Renders messages in one language. */
export interface Translator {
  readonly locale: UiLocale;
  /** The message `id` with its placeholders filled in. */
  t(id: MessageId, values?: MessageValues): string;
  /** A message the core handed over (a finding's message or action). */
  text(message: Message): string;
  /** A number as the language writes it (1,234.5 / 1.234,5). */
  number(n: number, options?: Intl.NumberFormatOptions): string;
}

const catalogs = new Map<Locale, Catalog>();

function catalog(locale: Locale): Catalog {
  let found = catalogs.get(locale);
  if (!found) catalogs.set(locale, (found = catalogFor(locale)));
  return found;
}

/** The Intl locale that formats numbers and picks plural forms; the pseudo-locale counts as English. */
function intlLocale(locale: UiLocale): string {
  return locale === PSEUDO_LOCALE ? DEFAULT_LOCALE : locale;
}

export function createTranslator(locale: UiLocale): Translator {
  const compiled = new Map<string, IntlMessageFormat>();
  const numberFormats = new Map<string, Intl.NumberFormat>();
  const tag = intlLocale(locale);

  function compile(id: MessageId): IntlMessageFormat {
    let format = compiled.get(id);
    if (format) return format;
    // ignoreTag: a `<` in a message is text, never markup.
    const options = { ignoreTag: true };
    const english = catalog(DEFAULT_LOCALE)[id];
    if (english === undefined) throw new Error(`no message "${id}" in the catalog`);
    if (locale === PSEUDO_LOCALE) format = new IntlMessageFormat(pseudoMessage(english), tag, undefined, options);
    else format = new IntlMessageFormat(catalog(locale)[id] ?? english, tag, undefined, options);
    compiled.set(id, format);
    return format;
  }

  const translator: Translator = {
    locale,
    t: (id, values) => String(compile(id).format(values)),
    text: (m) => translator.t(m.id, m.values),
    number(n, options) {
      const key = JSON.stringify(options ?? {});
      let format = numberFormats.get(key);
      if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(tag, options)));
      return format.format(n);
    },
  };
  return translator;
}

const translators = new Map<UiLocale, Translator>();

/** One shared translator per language: compiled messages are kept for the life of the page. */
export function translatorFor(locale: UiLocale): Translator {
  let found = translators.get(locale);
  if (!found) translators.set(locale, (found = createTranslator(locale)));
  return found;
}

/** English, for the places that have no user to ask (tests, logs). */
export const english: Translator = translatorFor(DEFAULT_LOCALE);
