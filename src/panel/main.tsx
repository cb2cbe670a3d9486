import { render } from 'preact';
import { App } from './components/App.js';
import { coalesced } from './coalesce.js';
import { connectToBackground } from './connection.js';
import { devtoolsTheme, inspectedTabId, onThemeChange, type Theme } from './inspected-tab.js';
import { clearPanel, createPanelStore } from './store.js';

const root = document.getElementById('app')!;
const tabId = inspectedTabId();

const applyTheme = (theme: Theme | undefined) => {
  if (theme) document.documentElement.dataset.theme = theme;
};
applyTheme(devtoolsTheme());
onThemeChange(applyTheme);

if (tabId === undefined) {
  render(<p class="empty">No tab to inspect: open this panel from DevTools, or add ?tabId=N to its address.</p>, root);
} else {
  const store = createPanelStore();
  // Messages that arrive together update the stores once: bursts of calls cost one render, not hundreds.
  const background = connectToBackground(tabId, coalesced(store.handlers), store.setConnection);
  const onClear = () => {
    clearPanel(store);
    background.send('clear', {});
  };
  render(<App store={store} onClear={onClear} />, root);
}
