import browser from 'webextension-polyfill';

/**
 * Capture starts on a newly granted site at once, not after the next browser restart.
 *
 * Chromium weighs a webRequest listener's filter against the extension's host access when the
 * listener is added, not when a host permission is granted: after a grant, the listeners added
 * at startup still saw none of the site's calls, in new pages too. Adding a second listener on
 * the same filter made them see calls again, but with that listener's options (a request body
 * only when it asked for one). So each grant registers capture's own listeners again, options
 * and all. A revoked grant needs nothing: the browser checks each request when it dispatches it.
 */
export function refreshCaptureOnGrant(registerAgain: () => void): void {
  browser.permissions.onAdded.addListener(() => registerAgain());
}
