import browser from 'webextension-polyfill';

/**
 * The extension's host access, as the browser holds it. The browser keeps a grant across
 * restarts of the background and of the browser, so nothing here is stored by the extension.
 */
export interface HostAccess {
  /** True when every pattern is granted (by itself or by a broader grant, such as all sites). */
  covers(patterns: readonly string[]): Promise<boolean>;
  /** Asks for the patterns; must run in a user gesture on an extension page. True when granted. */
  request(patterns: readonly string[]): Promise<boolean>;
  revoke(pattern: string): Promise<boolean>;
  /** The host patterns granted now. */
  granted(): Promise<string[]>;
  /** Calls back whenever a grant is added or removed, here or elsewhere; returns the unsubscribe. */
  onChange(listener: () => void): () => void;
}

export function browserHostAccess(): HostAccess {
  const { permissions } = browser;
  return {
    covers: (patterns) => permissions.contains({ origins: [...patterns] }),
    request: (patterns) => permissions.request({ origins: [...patterns] }),
    revoke: (pattern) => permissions.remove({ origins: [pattern] }),
    granted: async () => (await permissions.getAll()).origins ?? [],
    onChange(listener) {
      permissions.onAdded.addListener(listener);
      permissions.onRemoved.addListener(listener);
      return () => {
        permissions.onAdded.removeListener(listener);
        permissions.onRemoved.removeListener(listener);
      };
    },
  };
}
