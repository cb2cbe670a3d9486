/**
 * One source manifest (../manifest.json), one small transform per browser at build time, so the
 * two packages cannot drift apart.
 *
 * Permissions, and why each is there:
 * - `webRequest`: to observe the API calls. Observe only: no `webRequestBlocking`, and no
 *   listener returns a response.
 * - `storage`: `storage.session` keeps the calls while the worker sleeps or restarts.
 * - host access to any http(s) host (the match pattern star-colon-slash-slash-star-slash-star): webRequest reports a request (and its body and response headers)
 *   only for hosts the extension may access. The Media Collection API host differs per
 *   customer namespace and is often a first-party proxy on the site's own domain, so no fixed
 *   host list can cover it. Chrome ignores the path of a host permission, so the path filter
 *   lives in the listeners instead (see API_FILTER in src/background/capture.ts); the `*` scheme
 *   means http and https only, narrower than `<all_urls>`.
 * No `tabs` or `webNavigation`: tab closing comes from `tabs.onRemoved`, which needs no
 * permission, and page loads from webRequest on main frames.
 */
export type Target = 'chrome' | 'firefox';
export const TARGETS: readonly Target[] = ['chrome', 'firefox'];

export interface SourceManifest {
  version: string;
  background: { service_worker?: string; scripts?: string[] };
  browser_specific_settings?: unknown;
  [key: string]: unknown;
}

export function manifestFor(source: SourceManifest, target: Target, version: string): SourceManifest {
  const manifest: SourceManifest = structuredClone(source);
  manifest.version = version;
  if (target === 'chrome') {
    // Chrome MV3 runs `service_worker` and only warns about `scripts` and the gecko settings;
    // dropping both keeps chrome://extensions free of manifest warnings.
    delete manifest.background.scripts;
    delete manifest.browser_specific_settings;
  } else {
    // Firefox runs `scripts` as an event page and ignores `service_worker` with a lint warning.
    delete manifest.background.service_worker;
  }
  return manifest;
}
