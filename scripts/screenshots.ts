/**
 * `npm run screenshots` (after `npm run build`): the README's pictures of the panel, taken from
 * the demo's "ads outside an ad break" session in headless Chromium, docked right and docked at
 * the bottom, so they show the panel as it is now.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { startDemoServer, type DemoRequestRecord } from '../src/demo/server.js';
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

const log: DemoRequestRecord[] = [];
const server = await startDemoServer({ port: 0, onRequest: (r) => log.push(r) });
const chromium = await launchChromium();
try {
  await mkdir(OUT, { recursive: true });
  const apiCalls = () => log.filter((r) => r.method === 'POST' && (r.kind === 'sessions' || r.kind === 'events')).length;
  const tab = await playScenario(chromium, server, 'ads-outside-break', apiCalls);
  for (const shot of SHOTS) {
    const panel = await openPanelAt(chromium, tab.tabId, shot.size, 'light');
    await openStrayAdStart(panel, { open: shot.open });
    await panel.screenshot!(resolve(OUT, shot.file));
    await panel.close();
    console.log(`docs/images/${shot.file} (${shot.size.width}×${shot.size.height})`);
  }
} finally {
  await chromium.close();
  await server.close();
}
