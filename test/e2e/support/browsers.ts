import { existsSync } from 'node:fs';

/** A missing browser fails the run with the way to install it; these tests are never skipped. */
export function requireBrowser(executable: string, debianPackage: string): string {
  if (existsSync(executable)) return executable;
  throw new Error(
    `${executable} not found. The e2e tests need Debian's ${debianPackage}: ` +
      `apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y ${debianPackage}`,
  );
}

export const CHROMIUM = '/usr/bin/chromium';
export const FIREFOX = '/usr/bin/firefox-esr';

/**
 * Flags every headless Chromium here needs: as root it needs --no-sandbox, and without the
 * background-networking flags it floods this machine's closed network with refused connections.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
