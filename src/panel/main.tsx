import { render } from 'preact';
import { App } from './components/App.js';
import { connectToBackground } from './connection.js';
import { inspectedTabId } from './inspected-tab.js';
import { createPanelStore } from './store.js';

const root = document.getElementById('app')!;
const tabId = inspectedTabId();

if (tabId === undefined) {
  render(<p class="empty">No tab to inspect: open this panel from DevTools, or add ?tabId=N to its address.</p>, root);
} else {
  const store = createPanelStore();
  const background = connectToBackground(tabId, store.handlers, store.setConnection);
  render(<App store={store} onClear={() => background.send('clear', {})} />, root);
}
