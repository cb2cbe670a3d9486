import { describe } from 'vitest';
import { captureSuite } from './capture-suite.js';
import { demoSuite } from './demo-suite.js';
import { edgeSuite } from './edge-suite.js';
import { fitSuite } from './fit-suite.js';
import { harImportSuite } from './har-import-suite.js';
import { settingsSuite } from './settings-suite.js';
import { permissionsSuite } from './permissions-suite.js';
import { harUiSuite } from './har-ui-suite.js';
import { hostileSuite } from './hostile-suite.js';
import { faultsSuite } from './faults-suite.js';
import { launchFirefox } from './support/firefox.js';
import { CJK_FONT, languageSuite } from './language-suite.js';

/**
 * A one-second idle timeout: Firefox suspends the event page whenever the tests pause, so
 * every scenario here also runs across background restarts, not only the one that waits for it.
 */
describe('Firefox', () => {
  captureSuite(() => launchFirefox({ idleTimeoutMs: 1000 }));
  demoSuite(() => launchFirefox({ idleTimeoutMs: 1000 }));
  edgeSuite((mock) => launchFirefox({ idleTimeoutMs: 1000, edge: mock }));
  fitSuite(() => launchFirefox({ idleTimeoutMs: 1000 }));
  languageSuite('Firefox ESR', (uiLanguage) => launchFirefox({ idleTimeoutMs: 1000, uiLanguage }), ['/usr/lib/firefox-esr/browser/extensions/langpack-{locale}@firefox-esr.mozilla.org.xpi', CJK_FONT]);
  harImportSuite(() => launchFirefox({ idleTimeoutMs: 1000 }));
  settingsSuite(() => launchFirefox({ idleTimeoutMs: 1000 }));
  permissionsSuite(() => launchFirefox({ idleTimeoutMs: 1000, siteAccess: 'none' }));
  harUiSuite(() => launchFirefox({ idleTimeoutMs: 1000 }));
  hostileSuite(() => launchFirefox({ idleTimeoutMs: 1000 }), {
    privacy: {
      // The background page's own fetch, called from an extension page (getBackgroundPage wakes it).
      async fetchFromBackground(h, url) {
        const page = await h.openExtensionPage('panel.html');
        await page.evaluate(`browser.runtime.getBackgroundPage().then((background) => background.fetch(${JSON.stringify(url)})).then(() => true, () => true)`);
        await page.close();
      },
    },
  });
  // No storage-quota test here yet. Firefox enforces Chrome's 10 MB too, and the losses it showed
  // (an eviction's removal and its count cut apart by a suspension) are fixed and unit-tested
  // (quota-stop.test.ts). But near the quota each storage call takes seconds on a loaded machine,
  // and Firefox suspends the event page 1 s after the last call it received, pending replies or
  // not: a woken background is suspended before its first read of storage.session returns, and
  // never gets to drop anything (4 runs in 4 at load 6; 3 in 4 passed at lower load, the fourth
  // losing 2 calls whose writes Firefox never applied: sent by a background it was stopping).
  faultsSuite(() => launchFirefox({ idleTimeoutMs: 1000 }), {
    // The watch reads every extension page's console in Firefox: the canary comes from one. It
    // is proven to see an unhandled rejection there; a console.error call made through BiDi's
    // evaluate was not seen, so the watch is not relied on for those (see the branch's report).
    backgroundCanary: async (h) => {
      const page = await h.openExtensionPage('panel.html');
      await page.evaluate(`(console.error('canary error'), void Promise.reject(new Error('canary rejection')), true)`);
      return ['canary rejection'];
    },
  });
});
