/**
 * `npm run screenshots` (after `npm run build`): the README's pictures of the panel, taken from
 * the demo's "ads outside an ad break" session in headless Chromium, docked right and docked at
 * the bottom, and its Media Edge twin (the real Web SDK against the mock Edge), so they show the
 * panel as it is now. The stores' pictures come from the same session: `npm run store`.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ROOT } from '../test/e2e/support/paths.js';
import { shootPanel, withPlayedDemo, type PanelShot } from './demo-shots.js';

const OUT = resolve(ROOT, 'docs/images');
type Shot = Omit<PanelShot, 'theme'> & { file: string; edge?: boolean };
const SHOTS: Shot[] = [
  // Docked right: the list with the timeline over it, the stray adStart selected.
  { file: 'panel-right.png', size: { width: 500, height: 800 }, open: false },
  // Docked at the bottom: the timeline folded, the stray adStart's details beside the list.
  { file: 'panel-bottom.png', size: { width: 1200, height: 260 }, open: true },
  // A Media Edge session: the session list with its API and link, the stray adStart's details.
  { file: 'media-edge-session.png', size: { width: 1200, height: 400 }, open: true, edge: true },
];

await mkdir(OUT, { recursive: true });
await withPlayedDemo({ edge: true }, async ({ chromium, tab, edgeTab }) => {
  for (const shot of SHOTS) {
    await shootPanel(chromium, (shot.edge ? edgeTab! : tab).tabId, { ...shot, theme: 'light' }, resolve(OUT, shot.file));
    console.log(`docs/images/${shot.file} (${shot.size.width}×${shot.size.height})`);
  }
});
