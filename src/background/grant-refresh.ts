import browser from 'webextension-polyfill';
import { API_FILTER } from './capture.js';

/**
 * Capture starts on a newly granted site at once, not after the next browser restart.
 *
 * Chromium decides whether requests pass through an extension's webRequest listeners when a
 * listener is added, not when a host permission is granted: after a grant, the listeners
 * registered at startup still saw none of the site's calls, in a new page too, until a
 * webRequest listener was added again (and one added then removed at once did not do it). So
 * each grant adds one listener that does nothing and stays, and drops the one the previous
 * grant added; capture.ts's own listeners stay as they are. A revoked grant needs nothing: the
 * browser checks each request against the permissions held when it dispatches it.
 */
export function refreshCaptureOnGrant(): void {
  let previous: (() => void) | undefined;
  browser.permissions.onAdded.addListener(() => {
    const lookAgain = () => undefined;
    browser.webRequest.onBeforeRequest.addListener(lookAgain, API_FILTER);
    if (previous) browser.webRequest.onBeforeRequest.removeListener(previous);
    previous = lookAgain;
  });
}
