import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Request } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_BINARY, requireBrowser } from './browsers.js';
import { CdpConnection } from './cdp.js';
import { WorkerWatch } from './worker-watch.js';
import { browserEndpoint, showExtensionPanel, showNetworkPanel } from './devtools-panel.js';
import { jsonWrapped, parseJsonResult, tabShowing, type BrowserTab, type Harness, type RecordedRequest, type SiteAccessAtLaunch } from './harness.js';
import { waitUntil } from './captured.js';
import { within } from './within.js';
import { BROWSER_KEPT_NO_WORKER, BROWSER_LOST_WORKER_ERROR, RELOAD_ATTEMPTS, ROUND_TRIP_MS, STORAGE_PROBE, backgroundAnswersPort, workerStages } from './reload-checks.js';
import { grantSites } from './site-access.js';
import { ALL_SITES } from '../../../src/site-access/patterns.js';
import { decodeValues, encodeValues } from '../../../src/background/text-values.js';
import { distDir } from './paths.js';
import { chromiumEdgeArgs } from '../../../src/demo/edge/edge-browsers.js';

export interface ChromiumHarness extends Harness {
  /** What chrome://extensions lists for the extension: manifest errors and install warnings. */
  extensionIssues(): Promise<{ manifestErrors: unknown[]; installWarnings: unknown[] }>;
  /**
   * Shows the extension's panel in the DevTools window of a tab (launch with `devtools: true`)
   * and returns the panel page inside it.
   */
  openDevtoolsPanel(tabId: number): Promise<BrowserTab>;
  /** Shows DevTools' Network panel in every DevTools window (launch with `devtools: true`), so DevTools records the network log. */
  showNetworkPanel(): Promise<void>;
  /** Evaluates an expression in the extension's service worker (the running one, after a restart too). */
  evaluateInBackground<T>(expression: string): Promise<T>;
  /**
   * For a failure message (launch with `devtools` or `cdp`): the stages each of the extension's
   * workers reached (markStage), resuming one held waiting for a debugger (see workerStages).
   */
  workerStages(): Promise<string>;
  /** The next extension page whose path starts with `path` to open in a tab (one the extension opens itself). */
  waitForExtensionPage(path: string): Promise<BrowserTab>;
  /** A browser-wide CDP connection of its own (launch with `devtools` or `cdp`), for the targets playwright does not offer: service workers, DevTools. */
  browserCdp(): Promise<CdpConnection>;
}

export type { RecordedRequest } from './harness.js';

export interface ChromiumOptions {
  /** The unpacked extension to load; dist/chrome by default. */
  extension?: string;
  /** Open DevTools for every tab, as a developer would, so the real panel can be shown. */
  devtools?: boolean;
  /** More command-line flags (a benchmark's `--js-flags=--expose-gc`). */
  args?: string[];
  /** Send edge.adobedc.net to this local TLS port, and accept its test certificate. */
  edgeTlsPort?: number;
  /** Host access the extension starts with; all sites unless a test is about site access. */
  siteAccess?: SiteAccessAtLaunch;
  /** Open a browser-wide debugging port for `browserCdp()` (the DevTools option opens it too). */
  cdp?: boolean;
  /**
   * The browser's own language, as a user's system sets it: Chromium on Linux takes it from
   * LANGUAGE and --lang. Nothing in the page is emulated.
   */
  uiLanguage?: string;
  /** What pages see as prefers-color-scheme; playwright's default is light. */
  colorScheme?: 'light' | 'dark';
}

/** Chromium with dist/chrome loaded, driven by playwright-core (no browser download). */
export async function launchChromium(options: ChromiumOptions = {}): Promise<ChromiumHarness> {
  const executablePath = requireBrowser(CHROMIUM_BINARY);
  const extension = options.extension ?? distDir('chrome');
  const profile = await mkdtemp(join(tmpdir(), 'mci-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      ...CHROMIUM_ARGS,
      ...(options.devtools ? ['--auto-open-devtools-for-tabs'] : []),
      ...(options.devtools || options.cdp ? ['--remote-debugging-port=0'] : []),
      ...(options.args ?? []),
      ...(options.edgeTlsPort ? chromiumEdgeArgs({ tlsPort: options.edgeTlsPort }) : []),
      ...(options.uiLanguage ? [`--lang=${options.uiLanguage}`] : []),
    ],
    ...(options.uiLanguage ? { env: { ...process.env, LANGUAGE: options.uiLanguage.replace('-', '_'), LANG: `${options.uiLanguage.replace('-', '_')}.UTF-8` } } : {}),
    ...(options.edgeTlsPort ? { ignoreHTTPSErrors: true } : {}),
    ...(options.colorScheme ? { colorScheme: options.colorScheme } : {}),
  });
  // Playwright reports a service worker's requests here too (request.serviceWorker()).
  const requests: RecordedRequest[] = [];
  context.on('request', (r) => requests.push({ url: r.url(), by: r.serviceWorker()?.url() ?? frameUrlOf(r) }));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // The serviceworker event comes before the worker's listeners reach the browser: one round
  // trip through an extension API first, or the first requests can go unseen.
  await worker.evaluate('chrome.storage.session.get(null)');
  const extensionPage = (path: string) => `chrome-extension://${extensionId}/${path}`;
  // panel.html without ?tabId connects to nothing: a quiet extension page to read storage from.
  let probe = await openPage(context, extensionPage('panel.html'));
  /** Every watch a test started on the background: a further reload sets aside what the lost worker logged. */
  const watches: WorkerWatch[] = [];

  const tabIdOf = async (page: Page): Promise<number> => {
    const url = page.url();
    return tabShowing(await evaluate(probe, 'chrome.tabs.query({})'), url);
  };
  const wrap = async (page: Page, tabId?: number): Promise<BrowserTab> => ({
    tabId: tabId ?? (await tabIdOf(page)),
    evaluate: (expression) => evaluate(page, expression),
    navigate: async (url) => void (await page.goto(url)),
    screenshot: async (path) => void (await page.screenshot({ path })),
    setInputFiles: (selector, paths) => page.setInputFiles(selector, paths),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    click: (selector) => page.click(selector),
    url: async () => page.url(),
    close: () => page.close(),
  });

  /** Reloads the extension as its Reload button on chrome://extensions does. */
  const reloadFromExtensionsPage = async () => {
    // chrome.developerPrivate exists only on chrome://extensions. Outside developer mode an
    // unpacked extension that reloads stays disabled ("unsupported developer extension").
    const page = await within(openPage(context, 'chrome://extensions'), 'chrome://extensions to open');
    await within(
      evaluate(
        page,
        `chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true })
          .then(() => chrome.developerPrivate.reload(${JSON.stringify(extensionId)}, { failQuietly: false }))`,
      ),
      'chrome.developerPrivate.reload to resolve',
    );
    await within(page.close(), 'chrome://extensions to close');
  };
  /**
   * Waits up to 30 s for the reloaded background to answer a port: a new probe page that it
   * answered, or none and what was heard last (with each worker's stages). The round trip goes
   * through the background's own port from a probe page, not through playwright's worker
   * objects: after a reload playwright may never offer the running worker, and a stopped one it
   * holds answers nothing. A probe opened while the extension is still coming back fails to
   * load, and is opened again.
   */
  const answerAfterReload = async (): Promise<{ page?: Page; heard: string }> => {
    let reopened: Page | undefined;
    let heard = '';
    const answered = await waitUntil(
      async () => {
        try {
          reopened ??= await within(openPage(context, extensionPage('panel.html')), 'a probe page to open', 10_000);
          heard = await within(evaluate<string>(reopened, backgroundAnswersPort(ROUND_TRIP_MS)), 'the probe page to answer', ROUND_TRIP_MS * 3);
          if (heard !== 'answered') {
            heard += '; ' + (await within(evaluate<string>(reopened, STORAGE_PROBE), 'the storage probe', 10_000).catch(String));
            heard += '; ' + (await harness.workerStages());
          }
          return heard === 'answered';
        } catch (error) {
          heard = String(error);
          if (reopened) await within(reopened.close(), 'a probe page to close', 5000).catch(() => undefined);
          reopened = undefined;
          return false;
        }
      },
      () => 'the reloaded background to answer',
    ).then(
      () => true,
      () => false,
    );
    if (answered) return { page: reopened!, heard };
    await reopened?.close().catch(() => undefined);
    return { heard };
  };

  const harness: ChromiumHarness = {
    name: 'chromium',
    openTab: async (url) => wrap(await openPage(context, url)),
    openPanel: async (tabId, query = '') => wrap(await openPage(context, extensionPage(`panel.html?tabId=${tabId}${query}`)), -1),
    openExtensionPage: async (path) => wrap(await openPage(context, extensionPage(path)), -1),
    async waitForExtensionPage(path) {
      const page = await context.waitForEvent('page', { predicate: (p) => p.url().startsWith(extensionPage(path)) });
      await page.waitForLoadState();
      return wrap(page, -1);
    },
    async approveWithoutPrompt(patterns) {
      // Site access set on chrome://extensions counts as granted by the user: the extension's
      // own request for the same patterns then completes without the permission prompt.
      const page = await openPage(context, 'chrome://extensions');
      for (const pattern of patterns) await evaluate(page, `chrome.developerPrivate.addHostPermission(${JSON.stringify(extensionId)}, ${JSON.stringify(pattern)})`);
      await page.close();
    },
    readStorage: async () => decodeValues(await evaluate<Record<string, unknown>>(probe, 'chrome.storage.session.get(null)')),
    // Stored as the background stores them: each value as JSON text.
    writeStorage: (items) => evaluate(probe, `chrome.storage.session.set(${JSON.stringify(encodeValues(items))})`),
    badgeText: (tabId) => evaluate(probe, `chrome.action.getBadgeText({ tabId: ${tabId} })`),
    stopBackground: () => stopWorkersFrom(probe),
    async reloadExtension() {
      for (let attempt = 1; ; attempt += 1) {
        await reloadFromExtensionsPage();
        const { page, heard } = await answerAfterReload();
        if (page) {
          probe = page;
          // What the worker the browser lost or started broken logged until this reload ended it
          // (that it could not store the page's calls, or that it had no extension APIs) is the
          // browser's state, told here by the harness. Any other error stays for the test.
          if (attempt > 1) {
            for (const watch of watches) {
              const setAside = watch.setAside(BROWSER_LOST_WORKER_ERROR);
              if (setAside.length > 0) console.log(`[harness] set aside ${setAside.length} error(s) of the worker the browser lost, the first: ${setAside[0]}`);
            }
          }
          return;
        }
        // Seen in CI, in 5 of the last 18 runs: after a reload under load, Chrome keeps running a
        // worker it no longer counts as the extension's (each extension API call it makes fails
        // "No SW"), starts one without the extension's APIs (its script stops at its first line,
        // where webextension-polyfill finds no extension and throws), or starts
        // none for the extension's pages. Nothing in the extension can end these states, since
        // every way out is an extension API; a developer reloads the extension again, and so
        // does the harness, up to twice, saying so. A background that ran and still does not
        // answer is the extension's fault: no further reload, the test fails with its stages.
        if (attempt < RELOAD_ATTEMPTS && BROWSER_KEPT_NO_WORKER.test(heard)) {
          console.log(`[harness] the reloaded extension had no working worker; reloading it again (reload ${attempt + 1} of ${RELOAD_ATTEMPTS}). It said: ${heard}`);
          continue;
        }
        throw new Error(`timed out waiting for the reloaded extension's background to answer a port; last: ${heard}`);
      }
    },
    async watchBackground() {
      const watch = await WorkerWatch.start(await harness.browserCdp(), extensionPage('').slice(0, -1));
      watches.push(watch);
      return async () => [...watch.errors];
    },
    async extensionIssues() {
      // chrome.developerPrivate exists only on chrome://extensions. Manifest errors are recorded
      // while the extension loads with developer mode on: turn it on, then reload the extension.
      // The errors are filed a moment after the reload resolves, so watch for a while.
      const page = await openPage(context, 'chrome://extensions');
      type Info = { manifestErrors?: unknown[]; installWarnings?: unknown[] } | undefined;
      const read = `chrome.developerPrivate.getExtensionsInfo().then((all) => all.find((e) => e.id === ${JSON.stringify(extensionId)}))`;
      await evaluate(
        page,
        `chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true })
          .then(() => chrome.developerPrivate.reload(${JSON.stringify(extensionId)}, { failQuietly: false }))`,
      );
      let info: Info;
      for (const deadline = Date.now() + ISSUE_WATCH_MS; Date.now() < deadline; await sleep(100)) {
        info = await evaluate<Info>(page, read);
        if (info?.manifestErrors?.length || info?.installWarnings?.length) break;
      }
      await page.close();
      if (!info) throw new Error('chrome://extensions does not list the extension');
      return { manifestErrors: info.manifestErrors ?? [], installWarnings: info.installWarnings ?? [] };
    },
    async showNetworkPanel() {
      if (!options.devtools) throw new Error('launch with devtools: true to show the Network panel');
      const cdp = await CdpConnection.open(await browserEndpoint(profile));
      try {
        await showNetworkPanel(cdp);
      } finally {
        await cdp.close();
      }
    },
    async openDevtoolsPanel(tabId) {
      if (!options.devtools) throw new Error('launch with devtools: true to use the DevTools panel');
      const cdp = await CdpConnection.open(await browserEndpoint(profile));
      const panel = await showExtensionPanel(cdp, tabId);
      return {
        tabId: -1,
        evaluate: async (expression) => parseJsonResult(await cdp.evaluate(panel, jsonWrapped(expression))),
        navigate: () => Promise.reject(new Error('the DevTools panel does not navigate')),
        setInputFiles: () => Promise.reject(new Error('files are chosen in the panel opened as a tab')),
        setViewport: () => Promise.reject(new Error('the DevTools panel takes the size of its window')),
        // What the panel's buttons do needs no user gesture (opening a tab): a DOM click is enough.
        click: (selector) => cdp.evaluate(panel, `document.querySelector(${JSON.stringify(selector)}).click()`),
        url: () => cdp.evaluate(panel, 'location.href'),
        close: async () => cdp.close(),
      };
    },
    async evaluateInBackground<T>(expression: string) {
      const current = context.serviceWorkers().filter((w) => w.url().startsWith(`chrome-extension://${extensionId}/`)).at(-1) ?? worker;
      return parseJsonResult<T>(await current.evaluate(jsonWrapped(expression)));
    },
    workerStages: () => within(harness.browserCdp().then((cdp) => workerStages(cdp, extensionPage(''))), 'the workers to say their stages', 10_000).catch(String),
    requests: async () => requests,
    async browserCdp() {
      if (!options.devtools && !options.cdp) throw new Error('launch with cdp: true to use browserCdp()');
      return CdpConnection.open(await browserEndpoint(profile));
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
  if ((options.siteAccess ?? 'all-sites') === 'all-sites') await grantSites(harness, [ALL_SITES]);
  return harness;
}

/** Stops the extension's service workers: only a CDP session on one of its pages may. */
async function stopWorkersFrom(extensionPage: Page): Promise<void> {
  const cdp = await extensionPage.context().newCDPSession(extensionPage);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}


/** How long after a reload chrome://extensions is watched for manifest errors to appear. */
const ISSUE_WATCH_MS = 3000;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The page that made a request; a navigation issued before its frame exists names none. */
function frameUrlOf(request: Request): string {
  try {
    return request.frame().url();
  } catch {
    return '';
  }
}

async function openPage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

async function evaluate<T>(page: Page, expression: string): Promise<T> {
  return parseJsonResult<T>(await page.evaluate(jsonWrapped(expression)));
}
