/**
 * A store screenshot is a browser window with DevTools docked, drawn around two real pictures:
 * the demo page and the panel, each taken at exactly the size its place in the window has, so
 * neither is scaled. The window's frame (tab strip, toolbar, DevTools' tab bar) is plain HTML in
 * the theme's colours, close to Chromium's own; a browser renders it at the stores' size.
 */
import type { Dock, Theme } from './store-shots.js';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowLayout {
  size: { width: number; height: number };
  dock: Dock;
  tabStrip: Rect;
  toolbar: Rect;
  page: Rect;
  /** DevTools' own tab bar, above the panel. */
  devtoolsBar: Rect;
  panel: Rect;
  /** DevTools' tabs, in order, as many as its width shows ("»" stands for the rest). */
  devtoolsTabs: string[];
}

const TAB_STRIP = 36;
const TOOLBAR = 40;
const DEVTOOLS_BAR = 28;
/** The line between the page and DevTools. */
const SPLITTER = 1;
/** How much of the window DevTools takes: wide enough docked right for the panel's list and timeline, tall enough at the bottom for the list beside the details. */
const DEVTOOLS_SHARE: Record<Dock, number> = { right: 0.41, bottom: 0.47 };

export const PANEL_TAB = 'Media Collection';
const OTHER_TABS: Record<Dock, string[]> = {
  right: ['Elements', 'Console', 'Network', '»'],
  bottom: ['Elements', 'Console', 'Sources', 'Network', 'Performance', 'Memory', 'Application', '»'],
};

export function browserWindowLayout(dock: Dock, size: { width: number; height: number }): WindowLayout {
  const top = TAB_STRIP + TOOLBAR;
  const content = { x: 0, y: top, width: size.width, height: size.height - top };
  // All of DevTools, its tab bar over the panel; the page has what is left, less the splitter.
  let devtools: Rect;
  let page: Rect;
  if (dock === 'right') {
    const width = Math.round(size.width * DEVTOOLS_SHARE.right);
    devtools = { ...content, x: size.width - width, width };
    page = { ...content, width: devtools.x - SPLITTER };
  } else {
    const height = Math.round(content.height * DEVTOOLS_SHARE.bottom);
    devtools = { ...content, y: size.height - height, height };
    page = { ...content, height: devtools.y - SPLITTER - top };
  }
  return {
    size,
    dock,
    tabStrip: { x: 0, y: 0, width: size.width, height: TAB_STRIP },
    toolbar: { x: 0, y: TAB_STRIP, width: size.width, height: TOOLBAR },
    page,
    devtoolsBar: { ...devtools, height: DEVTOOLS_BAR },
    panel: { ...devtools, y: devtools.y + DEVTOOLS_BAR, height: devtools.height - DEVTOOLS_BAR },
    devtoolsTabs: [...OTHER_TABS[dock], PANEL_TAB],
  };
}

export interface WindowContent {
  theme: Theme;
  /** The page's title (the tab's label) and address, as the browser shows them. */
  title: string;
  url: string;
  /** The extension's toolbar badge for the tab. */
  badge: string;
  /** Images as data: URLs, each the size of its place in the layout. */
  pageImage: string;
  panelImage: string;
  iconImage: string;
}

/** Chromium's frame colours, near enough, for each theme. */
const FRAME: Record<Theme, Record<string, string>> = {
  light: { strip: '#dee1e6', tab: '#ffffff', text: '#3c4043', muted: '#5f6368', omnibox: '#f1f3f4', bar: '#f1f3f4', line: '#cbcdd1', accent: '#1a73e8', badge: '#c0282d' },
  dark: { strip: '#202124', tab: '#35363a', text: '#e8eaed', muted: '#9aa0a6', omnibox: '#202124', bar: '#292a2d', line: '#494c50', accent: '#8ab4f8', badge: '#c0282d' },
};

/** The omnibox's "site information" mark, drawn: a font may have no glyph for ⓘ. */
const INFO_ICON = '<svg width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" stroke-width="1.5"><circle cx="8" cy="8" r="6.5"/><path d="M8 7v4.5M8 4.5v1"/></svg>';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const box = (r: Rect) => `left:${r.x}px;top:${r.y}px;width:${r.width}px;height:${r.height}px`;

/** The whole window as one HTML page, `layout.size` large, for a browser to render and photograph. */
export function browserWindowHtml(layout: WindowLayout, content: WindowContent): string {
  const c = FRAME[content.theme];
  const address = content.url.replace(/^https?:\/\//, '').replace(/\/$/, '');
  const tabs = layout.devtoolsTabs.map((name) => `<span class="dt-tab${name === PANEL_TAB ? ' selected' : ''}">${escapeHtml(name)}</span>`).join('');
  return `<!doctype html>
<html><head><meta charset="utf-8"><style>
* { box-sizing: border-box; }
html, body { margin: 0; width: ${layout.size.width}px; height: ${layout.size.height}px; overflow: hidden; background: ${c.strip};
  font: 13px system-ui, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif; color: ${c.text}; }
.part { position: absolute; overflow: hidden; }
.part > img { display: block; }
.strip { display: flex; align-items: flex-end; padding: 0 8px; background: ${c.strip}; }
.tab { display: flex; align-items: center; gap: 8px; width: 260px; height: 30px; padding: 0 12px; background: ${c.tab}; border-radius: 8px 8px 0 0; white-space: nowrap; }
.tab .title { flex: 1; overflow: hidden; text-overflow: ellipsis; }
.tab .favicon { width: 14px; height: 14px; border-radius: 50%; background: ${c.accent}; flex: none; }
.new-tab, .window-buttons { color: ${c.muted}; align-self: center; }
.new-tab { margin-left: 10px; font-size: 18px; }
.window-buttons { margin-left: auto; letter-spacing: 18px; font-size: 14px; }
.toolbar { display: flex; align-items: center; gap: 14px; padding: 0 12px; background: ${c.tab}; border-bottom: 1px solid ${c.line}; color: ${c.muted}; font-size: 16px; }
.omnibox { flex: 1; height: 28px; border-radius: 14px; background: ${c.omnibox}; display: flex; align-items: center; padding: 0 14px; gap: 10px; font-size: 14px; color: ${c.text}; }
.omnibox svg { flex: none; color: ${c.muted}; }
.extension { position: relative; width: 20px; height: 20px; }
.extension img { width: 18px; height: 18px; margin: 1px; }
.extension .badge { position: absolute; right: -7px; bottom: -4px; min-width: 14px; padding: 0 3px; border-radius: 3px; background: ${c.badge}; color: #fff; font-size: 10px; line-height: 13px; text-align: center; font-weight: 600; }
.devtools-bar { display: flex; align-items: stretch; background: ${c.bar}; border-bottom: 1px solid ${c.line}; ${layout.dock === 'right' ? `border-left: 1px solid ${c.line};` : `border-top: 1px solid ${c.line};`} color: ${c.muted}; font-size: 12px; white-space: nowrap; }
.dt-icons { display: flex; align-items: center; gap: 10px; padding: 0 10px; border-right: 1px solid ${c.line}; }
.dt-tab { display: flex; align-items: center; padding: 0 10px; }
.dt-tab.selected { color: ${c.text}; box-shadow: inset 0 -2px ${c.accent}; }
.dt-end { margin-left: auto; display: flex; align-items: center; gap: 12px; padding: 0 10px; }
.splitter { background: ${c.line}; }
</style></head><body>
<div class="part strip" style="${box(layout.tabStrip)}">
  <div class="tab"><span class="favicon"></span><span class="title">${escapeHtml(content.title)}</span><span>✕</span></div>
  <span class="new-tab">+</span>
  <span class="window-buttons">–□✕</span>
</div>
<div class="part toolbar" style="${box(layout.toolbar)}">
  <span>←</span><span>→</span><span>↻</span>
  <div class="omnibox">${INFO_ICON}<span>${escapeHtml(address)}</span></div>
  <div class="extension"><img src="${content.iconImage}" alt="">${content.badge ? `<span class="badge">${escapeHtml(content.badge)}</span>` : ''}</div>
  <span>⋮</span>
</div>
<div class="part" style="${box(layout.page)}"><img src="${content.pageImage}" width="${layout.page.width}" height="${layout.page.height}" alt=""></div>
<div class="part splitter" style="${box(splitterOf(layout))}"></div>
<div class="part devtools-bar" style="${box(layout.devtoolsBar)}">
  <span class="dt-icons"><span>⬚</span><span>▭</span></span>${tabs}
  <span class="dt-end"><span>⚙</span><span>⋮</span><span>✕</span></span>
</div>
<div class="part" style="${box(layout.panel)}"><img src="${content.panelImage}" width="${layout.panel.width}" height="${layout.panel.height}" alt=""></div>
</body></html>`;
}

/** The line between the page and DevTools: left of DevTools docked right, above it docked at the bottom. */
function splitterOf(layout: WindowLayout): Rect {
  const { page, devtoolsBar } = layout;
  return layout.dock === 'right'
    ? { x: page.x + page.width, y: page.y, width: devtoolsBar.x - page.x - page.width, height: page.height }
    : { x: 0, y: page.y + page.height, width: page.width, height: devtoolsBar.y - page.y - page.height };
}
