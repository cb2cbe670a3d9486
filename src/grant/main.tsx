import { effect } from '@preact/signals';
import { render } from 'preact';
import { translatorFor } from '../i18n/translator.js';
import { browserLanguage } from '../panel/i18n/browser-language.js';
import { TranslatorContext } from '../panel/i18n/use-translator.js';
import { patternsFromQuery } from '../site-access/grant-url.js';
import { browserHostAccess } from '../site-access/host-access.js';
import { GrantPage } from './GrantPage.js';

// Opened by the panel's "Capture on this site" (grant.html?site=…), or as the toolbar popup; in
// the language the panel's settings chose, else the browser's.
const language = await browserLanguage();
const access = browserHostAccess();
const requested = patternsFromQuery(location.search);
effect(() => {
  const t = translatorFor(language.locale.value);
  document.title = t.t('site-access.page-title');
  render(
    <TranslatorContext.Provider value={t}>
      <GrantPage access={access} requested={requested} />
    </TranslatorContext.Provider>,
    document.getElementById('app')!,
  );
});
