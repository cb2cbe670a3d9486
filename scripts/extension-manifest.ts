/**
 * One source manifest (../manifest.json), one small transform per browser at build time, so the
 * two packages cannot drift apart. The version is not in it: package.json holds the one version
 * number, and the build writes it into each manifest.
 *
 * Permissions, and why each is there (README.md and store/permissions.md say the same to users):
 * - `webRequest`: to observe the API calls. Observe only: no `webRequestBlocking`, and no
 *   listener returns a response.
 * - `storage`: `storage.session` keeps the calls while the worker sleeps or restarts.
 * - optional host access (`optional_host_permissions`, any http(s) host): nothing at install.
 *   webRequest reports a request only when the extension may access both the request's host and
 *   the page that made it, so the user grants each site where a player runs (the page's host and
 *   the API hosts its calls go to), or all sites on request, from grant.html. The API host
 *   differs per customer namespace and is often a first-party proxy, so no fixed host list could
 *   be declared instead. The path filter lives in the listeners (API_FILTER in
 *   src/background/capture.ts): Chrome ignores the path of a host permission.
 * No `tabs` or `webNavigation`: tab closing comes from `tabs.onRemoved`, which needs no
 * permission, and page loads from webRequest on main frames.
 */
export type Target = 'chrome' | 'firefox';
export const TARGETS: readonly Target[] = ['chrome', 'firefox'];

export interface SourceManifest {
  version?: string;
  background: { service_worker?: string; scripts?: string[] };
  browser_specific_settings?: unknown;
  [key: string]: unknown;
}

export function manifestFor(source: SourceManifest, target: Target, version: string): SourceManifest {
  // The version goes right after the name, where a reader of the built manifest looks for it.
  const { manifest_version, name, ...rest } = structuredClone(source);
  const manifest: SourceManifest = { manifest_version, name, version, ...rest };
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
