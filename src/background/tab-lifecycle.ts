import browser from 'webextension-polyfill';
import type { CallLog } from './call-log.js';
import { report } from './report.js';

/**
 * Top-level page loads leave a marker in a tab that has calls; closing a tab drops its calls.
 * The marker comes from webRequest (main frames only) rather than webNavigation, which would
 * need one more permission; it wakes the background once per page load, not per request.
 * It is placed at the time the new page's response started: calls the old page sends while
 * it unloads (beacons) can come after that, and are then listed below the marker.
 */
export function registerTabLifecycle(log: CallLog): void {
  browser.webRequest.onResponseStarted.addListener(
    (details) => {
      if (details.tabId < 0) return;
      report(log.navigate(details.tabId, { kind: 'navigation', id: `nav-${details.requestId}`, url: details.url, at: details.timeStamp }));
    },
    { urls: ['*://*/*'], types: ['main_frame'] },
  );

  // Browsers reset a tab's badge when a new page commits. Neither the response events (they
  // may come before the commit) nor webNavigation (one more permission) fit; a finished load
  // has committed, so the count is shown again then.
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (changeInfo.status === 'complete') report(log.showBadge(tabId));
  });

  browser.tabs.onRemoved.addListener((tabId) => report(log.closeTab(tabId)));
}

/**
 * A reload or an update of the extension empties storage.session, and with it every call
 * captured so far: noted, so a panel opened afterwards says why the calls from before are gone.
 * (Chrome also removes the panel from an open DevTools then; Firefox closes it.)
 */
export function registerReloadNote(log: CallLog): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'update') report(log.noteReload(Date.now()));
  });
}
