import { effect } from '@preact/signals';
import browser from 'webextension-polyfill';
import { applyDocumentLanguage } from './document-language.js';
import { createLanguageStore, type LanguageStore } from './language-store.js';

/**
 * The language of an extension page (the panel, the site access page): the one chosen in the
 * panel's settings, kept in storage.local, else the browser's own. `<html lang dir>` follows it.
 * Resolves once the stored choice is read, so that the page's first render is in that language.
 */
export async function browserLanguage(): Promise<LanguageStore> {
  const language = createLanguageStore(browser.storage.local, [browser.i18n.getUILanguage()], (listener) =>
    browser.storage.onChanged.addListener((changes, areaName) => listener(Object.keys(changes), areaName)),
  );
  await language.loaded;
  effect(() => applyDocumentLanguage(document.documentElement, language.locale.value));
  return language;
}
