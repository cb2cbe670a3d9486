/**
 * What `npm run screenshots` and `npm run store` share: the demo's "ads outside an ad break"
 * session played once in headless Chromium with the built extension (and, on request, its Media
 * Edge twin through the real Web SDK against the mock Edge), and the panel of a tab photographed
 * at a size and theme with the stray adStart picked, as a person would look at it.
 */
import { startEdgeMock } from '../src/demo/edge/edge-server.js';
import { startDemoServer, type DemoRequestRecord, type DemoServer } from '../src/demo/server.js';
import { waitForSettledCalls } from '../test/e2e/support/captured.js';
import { launchChromium, type ChromiumHarness } from '../test/e2e/support/chromium.js';
import { openPanelAt, openStrayAdStart, playScenario, type Theme } from '../test/e2e/support/demo-panel.js';
import type { BrowserTab } from '../test/e2e/support/harness.js';

export interface PlayedDemo {
  chromium: ChromiumHarness;
  server: DemoServer;
  /** The demo page, its scenario played and every call it made stored by the extension. */
  tab: BrowserTab;
  /** The Media Edge scenario's tab, when asked for. */
  edgeTab?: BrowserTab;
}

export interface DemoOptions {
  /** Also play the Media Edge scenario (starts the mock Edge). */
  edge?: boolean;
  /** The theme web pages see (prefers-color-scheme); the panel is given its theme by `shootPanel`. */
  colorScheme?: Theme;
}

/** Plays the demo, hands it to `use`, and closes browser and servers whatever happens. */
export async function withPlayedDemo<T>(options: DemoOptions, use: (demo: PlayedDemo) => Promise<T>): Promise<T> {
  const log: DemoRequestRecord[] = [];
  const server = await startDemoServer({ port: 0, onRequest: (r) => log.push(r) });
  const edge = options.edge ? await startEdgeMock() : undefined;
  try {
    const chromium = await launchChromium({ edgeTlsPort: edge?.tlsPort, colorScheme: options.colorScheme });
    try {
      const apiCalls = () => log.filter((r) => r.method === 'POST' && (r.kind === 'sessions' || r.kind === 'events')).length;
      const tab = await playScenario(chromium, server, 'ads-outside-break', apiCalls);
      let edgeTab: BrowserTab | undefined;
      if (edge) {
        // Its own address: the harness finds a tab by its URL.
        edgeTab = await chromium.openTab(`${server.url}?media-edge`);
        await edgeTab.evaluate(`window.runEdgeScenario('edge-ads-outside-break')`);
        await waitForSettledCalls(chromium, edgeTab.tabId, edge.received.length);
      }
      return await use({ chromium, server, tab, edgeTab });
    } finally {
      await chromium.close();
    }
  } finally {
    await server.close();
    await edge?.close();
  }
}

export interface PanelShot {
  size: { width: number; height: number };
  theme: Theme;
  /** Open the stray adStart's details (beside or below the list), or only select its row. */
  open: boolean;
}

/** Saves a PNG of the panel of `tabId` as `shot` describes, the stray adStart picked. */
export async function shootPanel(chromium: ChromiumHarness, tabId: number, shot: PanelShot, path: string): Promise<void> {
  const panel = await openPanelAt(chromium, tabId, shot.size, shot.theme);
  try {
    await openStrayAdStart(panel, { open: shot.open });
    await panel.screenshot!(path);
  } finally {
    await panel.close();
  }
}
