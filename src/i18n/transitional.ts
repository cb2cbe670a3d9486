import { catalogFor } from './catalog.js';
import type { Translator } from './translator.js';

const english = catalogFor('en');

/**
 * A rule's title while the rules move their words into the catalog: a message id once moved,
 * English text before. Removed when every rule's title is an id.
 */
export function titleText(t: Translator, title: string): string {
  return Object.hasOwn(english, title) ? t.t(title as never) : title;
}
