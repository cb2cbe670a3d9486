import { LANGUAGE_NAMES, LOCALES, PSEUDO_LOCALE, isUiLocale } from '../../i18n/locales.js';
import type { LanguageStore } from '../i18n/language-store.js';
import { useTranslator } from '../i18n/use-translator.js';

/**
 * The panel's language: automatic (the browser's), or one of ours by its own name, so that a
 * person finds their language whatever the panel speaks now. The pseudo-locale is there to test
 * the layout with longer texts. The panel speaks the chosen language at once.
 */
export function LanguageSection({ language }: { language: LanguageStore }) {
  const t = useTranslator();
  const choice = language.choice.value;
  return (
    <section class="settings-language">
      <h3>
        <label for="panel-language">{t.t('panel.settings.language')}</label>
      </h3>
      <p class="hint">{t.t('panel.settings.language-hint')}</p>
      <select
        id="panel-language"
        name="language"
        value={choice}
        onChange={(e) => {
          const value = e.currentTarget.value;
          void language.choose(value === 'auto' || !isUiLocale(value) ? 'auto' : value);
        }}
      >
        <option value="auto">{t.t('panel.settings.language-auto', { language: LANGUAGE_NAMES[language.automatic] })}</option>
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {LANGUAGE_NAMES[locale]}
          </option>
        ))}
        <option value={PSEUDO_LOCALE}>{t.t('panel.settings.language-pseudo', { language: LANGUAGE_NAMES[PSEUDO_LOCALE] })}</option>
      </select>
    </section>
  );
}
