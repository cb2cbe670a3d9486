import type { HostAccess } from '../../src/site-access/host-access.js';
import { ALL_SITES } from '../../src/site-access/patterns.js';

/** Host access held in memory, as the browser holds it: all sites covers every host pattern. */
export function fakeHostAccess(initial: string[] = []): HostAccess & { grant(patterns: string[]): void; requests: string[][]; lastCheck: Promise<boolean> | undefined } {
  const granted = new Set(initial);
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((l) => l());
  const covers = (p: string) => granted.has(p) || granted.has(ALL_SITES);
  const access = {
    requests: [] as string[][],
    /** The answer to the latest covers(): whoever awaited it first (the code under test) has its answer once this resolves. */
    lastCheck: undefined as Promise<boolean> | undefined,
    covers: (patterns: readonly string[]) => (access.lastCheck = Promise.resolve(patterns.every(covers))),
    async request(patterns: readonly string[]) {
      access.requests.push([...patterns]);
      access.grant([...patterns]);
      return true;
    },
    async revoke(pattern: string) {
      const had = granted.delete(pattern);
      changed();
      return had;
    },
    granted: async () => [...granted],
    onChange(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    grant(patterns: string[]) {
      patterns.forEach((p) => granted.add(p));
      changed();
    },
  };
  return access;
}
