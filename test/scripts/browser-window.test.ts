import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserWindowHtml, browserWindowLayout, PANEL_TAB, type Rect } from '../../scripts/browser-window.js';
import { assertStorePng, pngHeader } from '../../scripts/png-header.js';
import { STORE_SHOT_SIZE, STORE_SHOTS } from '../../scripts/store-shots.js';

const ROOT = resolve(import.meta.dirname, '../..');
const area = (r: Rect) => r.width * r.height;
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (r: Rect, size: { width: number; height: number }) => r.x >= 0 && r.y >= 0 && r.x + r.width <= size.width && r.y + r.height <= size.height;

describe.each(['right', 'bottom'] as const)('the browser window docked %s', (dock) => {
  const layout = browserWindowLayout(dock, STORE_SHOT_SIZE);
  const parts = [layout.tabStrip, layout.toolbar, layout.page, layout.devtoolsBar, layout.panel];

  it('puts frame, page and DevTools side by side inside the window, leaving only the splitter line', () => {
    for (const part of parts) expect(inside(part, STORE_SHOT_SIZE), JSON.stringify(part)).toBe(true);
    for (const [i, a] of parts.entries()) for (const b of parts.slice(i + 1)) expect(overlaps(a, b), `${JSON.stringify(a)} ${JSON.stringify(b)}`).toBe(false);
    const splitter = dock === 'right' ? layout.page.height : layout.page.width;
    expect(parts.reduce((sum, part) => sum + area(part), 0) + splitter).toBe(STORE_SHOT_SIZE.width * STORE_SHOT_SIZE.height);
  });

  it('docks DevTools on its side, the panel under its tab bar, as large as the fit tests cover', () => {
    if (dock === 'right') {
      expect(layout.panel.x + layout.panel.width).toBe(STORE_SHOT_SIZE.width);
      expect(layout.panel.width).toBeGreaterThanOrEqual(480);
      expect(layout.page.width).toBeGreaterThan(layout.panel.width);
    } else {
      expect(layout.panel.width).toBe(STORE_SHOT_SIZE.width);
      expect(layout.panel.height).toBeGreaterThanOrEqual(260);
    }
    expect(layout.panel.y + layout.panel.height).toBe(STORE_SHOT_SIZE.height);
    expect({ x: layout.devtoolsBar.x, width: layout.devtoolsBar.width, bottom: layout.devtoolsBar.y + layout.devtoolsBar.height }).toEqual({
      x: layout.panel.x,
      width: layout.panel.width,
      bottom: layout.panel.y,
    });
    expect(layout.devtoolsTabs.at(-1)).toBe(PANEL_TAB);
  });

  it('draws each picture at its place in its own size (never scaled), and the page title and address as text', () => {
    const html = browserWindowHtml(layout, {
      theme: 'dark',
      title: 'Player <script>alert(1)</script>',
      url: 'http://127.0.0.1:8790/',
      badge: '2',
      pageImage: 'data:image/png;base64,PAGE',
      panelImage: 'data:image/png;base64,PANEL',
      iconImage: 'data:image/png;base64,ICON',
    });
    expect(html).toContain(`<img src="data:image/png;base64,PAGE" width="${layout.page.width}" height="${layout.page.height}"`);
    expect(html).toContain(`<img src="data:image/png;base64,PANEL" width="${layout.panel.width}" height="${layout.panel.height}"`);
    expect(html).toContain(`left:${layout.panel.x}px;top:${layout.panel.y}px;width:${layout.panel.width}px;height:${layout.panel.height}px`);
    expect(html).not.toContain('<script>');
    expect(html).toContain('Player &#60;script&#62;');
    expect(html).toContain('<span>127.0.0.1:8790</span>');
    expect(html).toContain(`<span class="dt-tab selected">${PANEL_TAB}</span>`);
    expect(html).toContain('<span class="badge">2</span>');
  });
});

describe('the stores\' picture format', () => {
  it('reads a PNG header, and refuses a picture with an alpha channel (the icons have one)', () => {
    const icon = readFileSync(resolve(ROOT, 'public/icons/icon-32.png'));
    expect(pngHeader(icon)).toEqual({ width: 32, height: 32, bitDepth: 8, colorType: 6 });
    expect(() => assertStorePng(icon, { width: 32, height: 32 }, 'icon-32.png')).toThrow('the stores want');
    expect(() => pngHeader(new TextEncoder().encode('not a png at all, long enough'))).toThrow('not a PNG');
  });

  it('has every screenshot the listing names, 1280×800, 24-bit RGB without alpha', () => {
    expect(STORE_SHOTS.map((s) => s.file)).toEqual([
      'store/screenshots/light-right.png',
      'store/screenshots/light-bottom.png',
      'store/screenshots/dark-right.png',
      'store/screenshots/dark-bottom.png',
    ]);
    for (const shot of STORE_SHOTS) expect(() => assertStorePng(readFileSync(resolve(ROOT, shot.file)), STORE_SHOT_SIZE, shot.file)).not.toThrow();
  });
});
