import { render } from 'preact';
import browser from 'webextension-polyfill';
import { App } from './components/App.js';
import { coalesced } from './coalesce.js';
import { connectToBackground } from './connection.js';
import { createLayoutStore } from './layout/layout-store.js';
import { createImportedFiles } from './imported-files.js';
import { devtoolsTheme, inspectedTabId, onThemeChange, type Theme } from './inspected-tab.js';
import { forwardEdgeSessionStarts } from './edge-session-starts.js';
import { fillMissedOutcomes } from './missed-outcomes.js';
import { rebuildFromNetwork } from './network-rebuild.js';
import { readServerAnswers, type NetworkSource } from './server-answers.js';
import { createSettingsStore } from './settings/settings-store.js';
import { clearPanel, createPanelStore } from './store.js';
import { siteAccessNotice } from './site-access/notice.js';
import { browserLanguage } from './i18n/browser-language.js';
import { translatorFor } from '../i18n/translator.js';

const root = document.getElementById('app')!;
const tabId = inspectedTabId();

// DevTools' theme when the browser tells it, else the system's; the stylesheet has one dark palette.
const systemDark = matchMedia('(prefers-color-scheme: dark)');
const systemTheme = (): Theme => (systemDark.matches ? 'dark' : 'light');
const applyTheme = (theme: Theme | undefined) => {
  document.documentElement.dataset.theme = theme ?? systemTheme();
};
const chosen = devtoolsTheme();
applyTheme(chosen);
onThemeChange(applyTheme);
if (chosen === undefined) systemDark.addEventListener('change', () => applyTheme(undefined));

// Started first: the stored language is read while the rest of the panel starts.
const language = browserLanguage();

if (tabId === undefined) {
  const t = translatorFor((await language).locale.value);
  render(<p class="empty">{t.t('panel.no-tab')}</p>, root);
} else {
  const store = createPanelStore();
  // Messages that arrive together update the stores once: bursts of calls cost one render, not hundreds.
  const background = connectToBackground(tabId, coalesced(store.handlers), store.setConnection);
  const onClear = () => {
    clearPanel(store);
    background.send('clear', {});
  };
  const layout = createLayoutStore(browser.storage.local, { width: window.innerWidth, height: window.innerHeight });
  const settings = createSettingsStore({
    sync: browser.storage.sync,
    local: browser.storage.local,
    onChanged: (listener) => browser.storage.onChanged.addListener((changes, areaName) => listener(Object.keys(changes), areaName)),
  });
  // Only inside DevTools: a panel opened as a page has no devtools.network, and reads no bodies.
  // (The polyfill's types leave the HAR log's entries untyped: NetworkSource says what is read.)
  const answers = readServerAnswers(
    store.entries,
    browser.devtools?.network as unknown as NetworkSource | undefined,
    forwardEdgeSessionStarts(store.connections, background),
  );
  fillMissedOutcomes(store.entries, answers.outcomes, background);
  if (answers.reading) rebuildFromNetwork({ entries: store.entries, reads: answers, connections: store.connections, clearedAt: store.clearedAt }, background);
  // The importer (har-import.js, which starts its worker) is loaded when a first file is opened.
  const files = createImportedFiles(store, async (file, name, handlers) => (await import('./har-import/import-har.js')).importHar(file, name, handlers));
  const version = browser.runtime.getManifest().version;
  render(
    <App
      store={store}
      onClear={onClear}
      layout={layout}
      settings={settings}
      answers={answers}
      notice={siteAccessNotice()}
      files={files}
      version={version}
      language={await language}
    />,
    root,
  );
}
