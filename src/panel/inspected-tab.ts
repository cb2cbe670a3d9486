import browser from 'webextension-polyfill';

/**
 * The tab this panel shows: `?tabId=N` when the page is opened as an ordinary tab (tests, or a
 * detached view), otherwise the tab DevTools inspects.
 */
export function inspectedTabId(): number | undefined {
  const fromQuery = new URLSearchParams(location.search).get('tabId');
  if (fromQuery !== null && /^-?\d+$/.test(fromQuery)) return Number(fromQuery);
  return browser.devtools?.inspectedWindow?.tabId;
}

export type Theme = 'light' | 'dark';

/**
 * DevTools' theme when the panel runs inside DevTools, `?theme=` when opened as a tab; undefined
 * means follow prefers-color-scheme (the stylesheet does that by itself).
 */
export function devtoolsTheme(): Theme | undefined {
  const fromQuery = new URLSearchParams(location.search).get('theme');
  if (fromQuery === 'light' || fromQuery === 'dark') return fromQuery;
  const name = (browser.devtools?.panels as { themeName?: string } | undefined)?.themeName;
  if (name === 'dark') return 'dark';
  if (name === 'default' || name === 'light') return 'light';
  return undefined;
}

/** Firefox tells a panel when the user switches DevTools' theme; Chrome reloads panels instead. */
export function onThemeChange(listener: (theme: Theme) => void): void {
  const panels = browser.devtools?.panels as { onThemeChanged?: { addListener(cb: (name: string) => void): void } } | undefined;
  panels?.onThemeChanged?.addListener((name) => listener(name === 'dark' ? 'dark' : 'light'));
}
