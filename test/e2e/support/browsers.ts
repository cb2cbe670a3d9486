import { CHROMIUM_BINARY, FIREFOX_BINARY, findBrowser, type BrowserBinary } from '../../../scripts/browser-binaries.js';

export { CHROMIUM_BINARY, FIREFOX_BINARY };

/** A missing browser fails the test with the one line that says how to install it; these tests are never skipped. */
export function requireBrowser(binary: BrowserBinary): string {
  const found = findBrowser(binary);
  if ('missing' in found) throw new Error(found.missing);
  return found.path;
}

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
