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
