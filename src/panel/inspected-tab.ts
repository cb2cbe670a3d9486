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
