import browser, { type Runtime } from 'webextension-polyfill';
import { tabIdOfPortName, type BackgroundToPanel, type PanelToBackground } from '../messaging/protocol.js';
import { receive, send } from '../messaging/typed-port.js';
import type { CallLog } from './call-log.js';
import { report } from './report.js';

/** The open panels, by inspected tab. */
export class PanelPorts {
  private readonly byTab = new Map<number, Set<Runtime.Port>>();

  send<K extends keyof BackgroundToPanel>(tabId: number, type: K, data: BackgroundToPanel[K]): void {
    for (const port of this.byTab.get(tabId) ?? []) post(port, type, data);
  }

  /**
   * A panel connects with its tab in the port's name. The snapshot and the subscription happen
   * in one step of the log's queue, so no change falls between them or arrives twice.
   */
  listen(log: CallLog): void {
    browser.runtime.onConnect.addListener((port) => {
      const tabId = tabIdOfPortName(port.name);
      if (tabId === undefined) return;
      let open = true;
      port.onDisconnect.addListener(() => {
        open = false;
        this.byTab.get(tabId)?.delete(port);
      });
      receive<PanelToBackground>(port, { clear: () => report(log.clear(tabId)) });
      report(
        log.read(tabId, (snapshot) => {
          if (!open) return;
          post(port, 'snapshot', { tabId, ...snapshot });
          const ports = this.byTab.get(tabId) ?? new Set();
          this.byTab.set(tabId, ports.add(port));
        }),
      );
    });
  }
}

function post<K extends keyof BackgroundToPanel>(port: Runtime.Port, type: K, data: BackgroundToPanel[K]): void {
  try {
    send<BackgroundToPanel, K>(port, type, data);
  } catch {
    // The panel went away between its disconnect and our noticing; it resyncs when it reconnects.
  }
}
