/**
 * `npm run check:browsers`, run before `npm test` and `npm run test:e2e`: a missing browser
 * stops the run at once with one line each, rather than as a failure in every browser test
 * minutes later.
 */
import { CHROMIUM_BINARY, FIREFOX_BINARY, findBrowser } from '../../../scripts/browser-binaries.js';

const missing = [CHROMIUM_BINARY, FIREFOX_BINARY].map((b) => findBrowser(b)).filter((found) => 'missing' in found);
for (const { missing: line } of missing) console.error(line);
if (missing.length > 0) process.exitCode = 1;
