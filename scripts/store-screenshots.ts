/**
 * `npm run store` (second part, after the build): store/screenshots/{light,dark}-{right,bottom}.png,
 * 1280×800, 24-bit RGB without alpha, as the Chrome Web Store wants them. For each theme the demo
 * is played once (the page sees the theme as prefers-color-scheme, the panel is given it); then
 * for each dock side the page and the panel are photographed at the sizes their places in the
 * window have, and a plain Chromium draws the window around them (browser-window.ts).
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_BINARY, requireBrowser } from '../test/e2e/support/browsers.js';
import { ROOT } from '../test/e2e/support/paths.js';
import { browserWindowHtml, browserWindowLayout } from './browser-window.js';
import { shootPanel, withPlayedDemo } from './demo-shots.js';
import { assertStorePng } from './png-header.js';
import { STORE_SHOT_SIZE, STORE_SHOTS, type Theme } from './store-shots.js';

const dataUrl = async (path: string) => `data:image/png;base64,${(await readFile(path)).toString('base64')}`;

const work = await mkdtemp(join(tmpdir(), 'mci-store-shots-'));
const composer = await chromium.launch({ executablePath: requireBrowser(CHROMIUM_BINARY), headless: true, args: CHROMIUM_ARGS });
try {
  await mkdir(join(ROOT, 'store/screenshots'), { recursive: true });
  const iconImage = await dataUrl(join(ROOT, 'public/icons/icon-32.png'));
  for (const theme of ['light', 'dark'] as const satisfies readonly Theme[]) {
    await withPlayedDemo({ colorScheme: theme }, async ({ chromium: browser, tab }) => {
      const title = await tab.evaluate<string>('document.title');
      const url = await tab.url();
      const badge = await browser.badgeText(tab.tabId);
      for (const shot of STORE_SHOTS.filter((s) => s.theme === theme)) {
        const layout = browserWindowLayout(shot.dock, STORE_SHOT_SIZE);
        const pagePng = join(work, 'page.png');
        const panelPng = join(work, 'panel.png');
        await tab.setViewport(layout.page.width, layout.page.height);
        await tab.screenshot!(pagePng);
        // Docked right the details would cover the list: the row is selected, the list and timeline
        // show. At the bottom the details open beside the list.
        await shootPanel(browser, tab.tabId, { size: layout.panel, theme, open: shot.dock === 'bottom' }, panelPng);
        const html = browserWindowHtml(layout, { theme, title, url, badge, pageImage: await dataUrl(pagePng), panelImage: await dataUrl(panelPng), iconImage });
        const page = await composer.newPage({ viewport: STORE_SHOT_SIZE, deviceScaleFactor: 1, colorScheme: theme });
        await page.setContent(html);
        await page.evaluate('Promise.all([...document.images].map((img) => img.decode()))');
        const png = await page.screenshot({ type: 'png' });
        await page.close();
        assertStorePng(png, STORE_SHOT_SIZE, shot.file);
        await writeFile(join(ROOT, shot.file), png);
        console.log(`${shot.file} (${STORE_SHOT_SIZE.width}×${STORE_SHOT_SIZE.height}, panel ${layout.panel.width}×${layout.panel.height})`);
      }
    });
  }
} finally {
  await composer.close();
  await rm(work, { recursive: true, force: true });
}
