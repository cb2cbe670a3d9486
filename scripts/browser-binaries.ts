import { existsSync } from 'node:fs';

/**
 * Where `npm start` and the tests look for the browsers they drive, and what to say when one
 * is missing: one line naming the path and the command that installs it, never a stack trace
 * from deep inside a launcher. An environment variable points at a browser elsewhere.
 */
export interface BrowserBinary {
  name: string;
  /** Overrides `paths` when set. */
  envVar: string;
  /** Looked for in order; the first is the one the message names. */
  paths: readonly string[];
  debianPackage: string;
}

export const CHROMIUM_BINARY: BrowserBinary = {
  name: 'Chromium',
  envVar: 'CHROMIUM_PATH',
  paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser'],
  debianPackage: 'chromium',
};

export const FIREFOX_BINARY: BrowserBinary = {
  name: 'Firefox',
  envVar: 'FIREFOX_PATH',
  paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
  debianPackage: 'firefox-esr',
};

export type BrowserLookup = { path: string } | { missing: string };

export function findBrowser(binary: BrowserBinary, env: NodeJS.ProcessEnv = process.env): BrowserLookup {
  const override = env[binary.envVar];
  const paths = override ? [override] : binary.paths;
  const path = paths.find((p) => existsSync(p));
  if (path) return { path };
  const where = override ? `${override} (${binary.envVar})` : binary.paths[0];
  return { missing: `${binary.name} not found at ${where}: apt-get install -y ${binary.debianPackage}, or set ${binary.envVar} to its path` };
}
