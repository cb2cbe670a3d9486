import browser from 'webextension-polyfill';
import { panelPortName, type BackgroundToPanel, type PanelToBackground } from '../messaging/protocol.js';
import { receive, send, type Handlers } from '../messaging/typed-port.js';
import type { ConnectionState } from './store.js';

export interface BackgroundLink {
  send<K extends keyof PanelToBackground>(type: K, data: PanelToBackground[K]): void;
}

const FIRST_RETRY_MS = 50;
const LAST_RETRY_MS = 2000;

/**
 * The panel's only contact with extension APIs. The port drops whenever the background stops
 * (Chrome stops an idle worker after 30 s; Firefox suspends its event page), so the panel
 * reconnects by itself; connecting wakes the background, which answers with a fresh snapshot.
 */
export function connectToBackground(
  tabId: number,
  handlers: Handlers<BackgroundToPanel>,
  onState: (state: ConnectionState) => void,
): BackgroundLink {
  let port: browser.Runtime.Port | undefined;
  let retryMs = FIRST_RETRY_MS;
  /** The tab closed: nothing more will come for it, so the port is not opened again. */
  let tabClosed = false;

  const open = () => {
    try {
      port = browser.runtime.connect({ name: panelPortName(tabId) });
    } catch {
      onState('closed'); // the extension was reloaded or removed: this page is orphaned
      return;
    }
    receive<BackgroundToPanel>(port, {
      ...handlers,
      snapshot: (snapshot) => {
        performance.mark('mci:snapshot-received'); // npm run bench reads it
        retryMs = FIRST_RETRY_MS;
        handlers.snapshot?.(snapshot);
      },
      tabClosed: (data) => {
        tabClosed = true;
        port?.disconnect();
        port = undefined;
        handlers.tabClosed?.(data);
      },
    });
    port.onDisconnect.addListener(() => {
      if (tabClosed) return;
      port = undefined;
      onState('reconnecting');
      setTimeout(open, retryMs);
      retryMs = Math.min(retryMs * 2, LAST_RETRY_MS);
    });
  };
  open();

  return {
    send: (type, data) => {
      if (port) send<PanelToBackground, typeof type>(port, type, data);
    },
  };
}
