import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { english, type Translator } from '../../i18n/translator.js';

/**
 * The translator of the language the panel speaks, given by the page's root (App, the grant
 * page) and changed there when the user picks another language: every component below renders
 * again in it. A component rendered on its own (a component test) speaks English.
 */
export const TranslatorContext = createContext<Translator>(english);

export function useTranslator(): Translator {
  return useContext(TranslatorContext);
}
