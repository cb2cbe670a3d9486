import browser from 'webextension-polyfill';

const ERROR_RED = '#c62828';

/** The toolbar badge shows how many error findings the tab's calls have. */
export function showErrorCount(tabId: number, errors: number): void {
  const text = errors > 0 ? String(errors) : '';
  Promise.all([
    browser.action.setBadgeText({ tabId, text }),
    errors > 0 ? browser.action.setBadgeBackgroundColor({ tabId, color: ERROR_RED }) : undefined,
  ]).catch(() => {
    // The tab closed meanwhile: nothing to show it on.
  });
}
