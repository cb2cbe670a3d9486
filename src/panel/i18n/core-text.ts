import { catalogFor, type MessageId } from '../../i18n/catalog.js';
import type { Message } from '../../i18n/message.js';
import type { Translator } from '../../i18n/translator.js';

const english = catalogFor('en');

/**
 * What the core says, in the panel's language: a Message through the catalog. Some core texts
 * are still English strings while their words move into the catalog; those are shown as they are.
 */
export function coreText(t: Translator, text: string | Message): string {
  return typeof text === 'string' ? text : t.text(text);
}

/** A documentation page's title: its `docs.<key>` message once the catalog has one, else the English title. */
export function docTitle(t: Translator, key: string, englishTitle: string): string {
  const id = `docs.${key}`;
  return Object.hasOwn(english, id) ? t.t(id as MessageId) : englishTitle;
}
