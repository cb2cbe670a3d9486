// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/panel/components/App.js';
import { createLanguageStore, LANGUAGE_SETTING } from '../../../src/panel/i18n/language-store.js';
import { applyDocumentLanguage, textDirection } from '../../../src/panel/i18n/document-language.js';
import { memoryBackend } from '../../../src/panel/settings/settings-store.js';
import type { SettingsArea } from '../../../src/settings/versioned-store.js';
import { until } from '../../background/until.js';
import { scenarioCalls, storeWith } from './captured-store.js';

afterEach(cleanup);

function change(el: HTMLElement, value: string): void {
  (el as HTMLSelectElement).value = value;
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

function panelIn(browserLanguages: string[], area: SettingsArea = memoryBackend().local) {
  const language = createLanguageStore(area, browserLanguages);
  render(<App store={storeWith(scenarioCalls('ads-outside-break'))} onClear={() => undefined} language={language} />);
  return { language, area };
}

describe('the panel’s language', () => {
  it('follows the browser’s language: German for a browser in de-AT, numbers and plurals included', async () => {
    const { language } = panelIn(['de-AT']);
    await language.loaded;
    screen.getByRole('grid', { name: 'Aufrufe der Media Collection API' });
    expect(screen.getByRole('toolbar').querySelector('.count')!.textContent).toMatch(/^\d+ Aufrufe$/);
    screen.getByRole('button', { name: 'Einstellungen: Standard' });
  });

  it('speaks English to a browser in a language it does not have', async () => {
    const { language } = panelIn(['ja']);
    await language.loaded;
    screen.getByRole('grid', { name: 'Media Collection API calls' });
  });

  it('switches at once when a language is picked in the settings, keeps the choice in storage, and Automatic goes back', async () => {
    const { area } = panelIn(['en-US']);
    fireEvent.click(screen.getByRole('button', { name: 'Settings: defaults' }));
    const select = within(screen.getByRole('region', { name: 'Settings' })).getByRole('combobox', { name: 'Language' });
    expect([...(select as HTMLSelectElement).options].map((o) => o.textContent)).toEqual([
      'Automatic (English)',
      'English',
      'Deutsch',
      'Nederlands',
      '简体中文',
      'Português (Brasil)',
      'Français',
      'Pseudo (en-XA): test language, every text accented and lengthened',
    ]);
    change(select, 'zh-CN');
    await until(() => screen.queryByRole('region', { name: '设置' }) !== null);
    expect((await area.get(LANGUAGE_SETTING.key))[LANGUAGE_SETTING.key]).toEqual({ version: 1, value: 'zh-CN' });
    change(within(screen.getByRole('region', { name: '设置' })).getByRole('combobox', { name: '语言' }), 'auto');
    await until(() => screen.queryByRole('region', { name: 'Settings' }) !== null);
  });

  it('reads the stored choice over the browser’s language', async () => {
    const area = memoryBackend().local;
    await area.set({ [LANGUAGE_SETTING.key]: { version: 1, value: 'fr' } });
    const { language } = panelIn(['de'], area);
    await language.loaded;
    await until(() => screen.queryByRole('grid', { name: 'Appels à la Media Collection API' }) !== null);
  });

  it('falls back to the browser’s language when the stored choice is no language of ours', async () => {
    const area = memoryBackend().local;
    await area.set({ [LANGUAGE_SETTING.key]: { version: 1, value: 'klingon' } });
    const language = createLanguageStore(area, ['nl']);
    await language.loaded;
    expect([language.choice.value, language.locale.value]).toEqual(['auto', 'nl']);
  });

  it('sets lang and dir on the page', () => {
    const root = document.createElement('html');
    applyDocumentLanguage(root, 'zh-CN');
    expect([root.lang, root.dir]).toEqual(['zh-CN', 'ltr']);
    applyDocumentLanguage(root, 'en-XA');
    expect([root.lang, root.dir]).toEqual(['en-XA', 'ltr']);
    expect([textDirection('ar-EG'), textDirection('he')]).toEqual(['rtl', 'rtl']);
  });
});
