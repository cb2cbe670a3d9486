import browser, { type Runtime } from 'webextension-polyfill';
import { tabIdOfPortName, type BackgroundToPanel, type PanelToBackground } from '../messaging/protocol.js';
import { receive, send } from '../messaging/typed-port.js';
import type { CallLog } from './call-log.js';
import { PortOutbox } from './port-outbox.js';
import { report } from './report.js';
import { snapshotMessages } from './snapshot-parts.js';
import { markStage } from './timing.js';

/** The open panels, by inspected tab. */
export class PanelPorts {
  private readonly byTab = new Map<number, Set<PortOutbox>>();

  send<K extends keyof BackgroundToPanel>(tabId: number, type: K, data: BackgroundToPanel[K]): void {
    for (const outbox of this.byTab.get(tabId) ?? []) outbox.send(type, data);
  }

  /**
   * A panel connects with its tab in the port's name. It is subscribed in the same step of the
   * log's queue as the snapshot is taken, so no change falls between them or arrives twice.
   * The snapshot's first part goes at once, the rest after it (see PortOutbox).
   */
  listen(log: CallLog, mayCapture: (tabId: number, url: string) => Promise<boolean>): void {
    browser.runtime.onConnect.addListener((port) => {
      const tabId = tabIdOfPortName(port.name);
      if (tabId === undefined) return;
      markStage('mci:panel-connected');
      let open = true;
      const outbox = new PortOutbox((type, data) => post(port, type, data));
      port.onDisconnect.addListener(() => {
        open = false;
        this.byTab.get(tabId)?.delete(outbox);
      });
      receive<PanelToBackground>(port, {
        clear: () => report(log.clear(tabId)),
        edgeSessionStartResponse: ({ callId, body }) => report(log.linkEdgeSessionStart(tabId, callId, body)),
        networkOutcome: ({ callId, outcome }) => report(log.fillOutcome(tabId, callId, outcome)),
        networkRequest: ({ callId, request }) => report(log.fillRequest(tabId, callId, request)),
        networkCall: (call) => report(mayCapture(tabId, call.url).then((may) => (may ? log.addFromNetwork(tabId, call) : undefined))),
      });
      report(
        log.read(tabId, (snapshot) => {
          if (!open) return;
          const { first, rest } = snapshotMessages(tabId, snapshot);
          post(port, 'snapshot', first);
          markStage('mci:snapshot-first-posted');
          this.byTab.set(tabId, (this.byTab.get(tabId) ?? new Set()).add(outbox));
          report(outbox.sendParts(rest, () => open).then(() => markStage('mci:snapshot-posted')));
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
