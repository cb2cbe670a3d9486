/**
 * `npm run screenshots` (after `npm run build`): the README's pictures of the panel, taken from
 * the demo's "ads outside an ad break" session in headless Chromium, docked right and docked at
 * the bottom, and its Media Edge twin (the real Web SDK against the mock Edge), so they show the
 * panel as it is now.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { startEdgeMock } from '../src/demo/edge/edge-server.js';
import { startDemoServer, type DemoRequestRecord } from '../src/demo/server.js';
import { waitForSettledCalls } from '../test/e2e/support/captured.js';
import { launchChromium } from '../test/e2e/support/chromium.js';
import { openPanelAt, openStrayAdStart, playScenario } from '../test/e2e/support/demo-panel.js';
import { ROOT } from '../test/e2e/support/paths.js';

const OUT = resolve(ROOT, 'docs/images');
const SHOTS = [
  // Docked right: the list with the timeline over it, the stray adStart selected.
  { file: 'panel-right.png', size: { width: 500, height: 800 }, open: false },
  // Docked at the bottom: the timeline folded, the stray adStart's details beside the list.
  { file: 'panel-bottom.png', size: { width: 1200, height: 260 }, open: true },
];
// A Media Edge session: the session list with its API and link, the stray adStart's details.
const EDGE_SHOT = { file: 'media-edge-session.png', size: { width: 1200, height: 400 }, open: true };

const log: DemoRequestRecord[] = [];
const server = await startDemoServer({ port: 0, onRequest: (r) => log.push(r) });
const edge = await startEdgeMock();
const chromium = await launchChromium({ edgeTlsPort: edge.tlsPort });
try {
  await mkdir(OUT, { recursive: true });
  const apiCalls = () => log.filter((r) => r.method === 'POST' && (r.kind === 'sessions' || r.kind === 'events')).length;
  const tab = await playScenario(chromium, server, 'ads-outside-break', apiCalls);
  // Its own address: the harness finds a tab by its URL.
  const edgeTab = await chromium.openTab(`${server.url}?media-edge`);
  await edgeTab.evaluate(`window.runEdgeScenario('edge-ads-outside-break')`);
  await waitForSettledCalls(chromium, edgeTab.tabId, edge.received.length);
  for (const shot of [...SHOTS.map((s) => ({ ...s, tabId: tab.tabId })), { ...EDGE_SHOT, tabId: edgeTab.tabId }]) {
    const panel = await openPanelAt(chromium, shot.tabId, shot.size, 'light');
    await openStrayAdStart(panel, { open: shot.open });
    await panel.screenshot!(resolve(OUT, shot.file));
    await panel.close();
    console.log(`docs/images/${shot.file} (${shot.size.width}×${shot.size.height})`);
  }
} finally {
  await chromium.close();
  await server.close();
  await edge.close();
}
