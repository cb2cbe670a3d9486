import { expect, test } from 'vitest';
import { CHROMIUM_BINARY, FIREFOX_BINARY, findBrowser } from '../../scripts/browser-binaries.js';

test('a browser named by its environment variable is used when it is there', () => {
  expect(findBrowser(CHROMIUM_BINARY, { CHROMIUM_PATH: process.execPath })).toEqual({ path: process.execPath });
});

test('a missing browser is one line with the command that installs it', () => {
  expect(findBrowser(FIREFOX_BINARY, { FIREFOX_PATH: '/no/such/firefox' })).toEqual({
    missing: 'Firefox not found at /no/such/firefox (FIREFOX_PATH): apt-get install -y firefox-esr, or set FIREFOX_PATH to its path',
  });
  const absent = { ...CHROMIUM_BINARY, paths: ['/no/such/chromium', '/no/such/chromium-browser'] };
  expect(findBrowser(absent, {})).toEqual({ missing: 'Chromium not found at /no/such/chromium: apt-get install -y chromium, or set CHROMIUM_PATH to its path' });
});
