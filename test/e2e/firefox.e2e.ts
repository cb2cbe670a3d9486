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
  faultsSuite(() => launchFirefox({ idleTimeoutMs: 1000 }), {
    sessionQuotaBytes: 10 * 1024 * 1024,
    // Filled with Firefox's own idle time (30 s), as users have it. Near the quota each storage
    // call takes seconds on a loaded machine, and Firefox suspends the event page one idle time
    // after the last call it received, replies pending or not: with the suite's 1 s, a woken
    // background is suspended before its first read of storage returns and never drops
    // anything. A suspension between an eviction's removal and its count is covered by
    // quota-stop.test.ts, which stops the background after every storage operation in turn.
    storageLaunch: () => launchFirefox({ idleTimeoutMs: 30_000 }),
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
