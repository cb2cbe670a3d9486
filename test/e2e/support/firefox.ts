import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BidiConnection } from './bidi.js';
import { FIREFOX_BINARY, requireBrowser } from './browsers.js';
import { jsonWrapped, parseJsonResult, tabShowing, type BrowserTab, type Harness, type RecordedRequest, type SiteAccessAtLaunch } from './harness.js';
import { grantSites } from './site-access.js';
import { ALL_SITES } from '../../../src/site-access/patterns.js';
import { decodeValues, encodeValues } from '../../../src/background/text-values.js';
import { distDir } from './paths.js';
import { firefoxCertOverride, firefoxEdgePrefs } from '../../../src/demo/edge/edge-browsers.js';
import type { EdgeMockServer } from '../../../src/demo/edge/edge-server.js';

export interface FirefoxOptions {
  /**
   * `extensions.background.idle.timeout`: how long the event page may idle before Firefox
   * suspends it. stopBackground() waits for that real suspension.
   */
  idleTimeoutMs: number;
  /**
   * Reach the mock Edge: https through its CONNECT proxy, and its certificate accepted by a
   * profile exception, as `npm start -- --firefox` does (Firefox has no host-resolver flag).
   */
  edge?: Pick<EdgeMockServer, 'proxyPort' | 'certificateSha256'>;
  /** Host access the add-on starts with; all sites unless a test is about site access. */
  siteAccess?: SiteAccessAtLaunch;
  /**
   * The browser's own language, as a user picks it in Firefox's settings (intl.locale.requested).
   * Debian's Firefox ESR has it only with its language pack installed (firefox-esr-l10n-de…).
   */
  uiLanguage?: string;
}

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
}

/** Firefox ESR with dist/firefox installed, over WebDriver BiDi (no geckodriver on Debian). */
export async function launchFirefox(options: FirefoxOptions): Promise<Harness> {
  const executable = requireBrowser(FIREFOX_BINARY);
  const extension = distDir('firefox');
  const addonId = (JSON.parse(readFileSync(join(extension, 'manifest.json'), 'utf8')) as GeckoManifest).browser_specific_settings.gecko.id;
  const uuid = randomUUID();
  const profile = await mkdtemp(join(tmpdir(), 'mci-firefox-'));
  await writeFile(
    join(profile, 'user.js'),
    [
      // A known moz-extension:// origin, so the tests can open the panel page.
      `user_pref("extensions.webextensions.uuids", ${JSON.stringify(JSON.stringify({ [addonId]: uuid }))});`,
      `user_pref("extensions.background.idle.timeout", ${options.idleTimeoutMs});`,
      // permissions.request (still only from a click) grants without Firefox's doorhanger, which a test cannot click.
      `user_pref("extensions.webextOptionalPermissionPrompts", false);`,
      `user_pref("browser.shell.checkDefaultBrowser", false);`,
      `user_pref("datareporting.policy.dataSubmissionEnabled", false);`,
      ...(options.uiLanguage ? [`user_pref("intl.locale.requested", ${JSON.stringify(options.uiLanguage)});`] : []),
      ...Object.entries(options.edge ? firefoxEdgePrefs(options.edge) : {}).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`),
      '',
    ].join('\n'),
  );
  if (options.edge) await writeFile(join(profile, 'cert_override.txt'), firefoxCertOverride(options.edge));
  const port = await freePort();
  const child = spawn(
    executable,
    ['--headless', '--no-remote', '--profile', profile, `--remote-debugging-port=${port}`, '--remote-allow-system-access'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  try {
    const endpoint = await bidiEndpoint(child);
    const bidi = await BidiConnection.open(`${endpoint}/session`);
    await bidi.send('session.new', { capabilities: {} });
    // Before the add-on is installed, so its background's first requests are seen too.
    const requests = await recordRequests(chromeEvaluator(bidi));
    await bidi.send('webExtension.install', { extensionData: { type: 'path', path: extension } });
    const harness = await firefoxHarness(bidi, child, profile, { id: addonId, origin: `moz-extension://${uuid}/` }, options, requests);
    if ((options.siteAccess ?? 'all-sites') === 'all-sites') await grantSites(harness, [ALL_SITES]);
    return harness;
  } catch (error) {
    child.kill();
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
}

async function firefoxHarness(
  bidi: BidiConnection,
  child: ChildProcess,
  profile: string,
  { id: addonId, origin: extensionOrigin }: { id: string; origin: string },
  options: FirefoxOptions,
  requests: () => Promise<RecordedRequest[]>,
): Promise<Harness> {
  const evaluate = async <T>(context: string, expression: string): Promise<T> => {
    const r = await bidi.send<EvaluateResult>('script.evaluate', {
      expression: jsonWrapped(expression),
      target: { context },
      awaitPromise: true,
    });
    if (r.type === 'exception') throw new Error(`in the page: ${r.exceptionDetails?.text}`);
    return parseJsonResult<T>(r.result?.value);
  };

  const evaluateInChrome = chromeEvaluator(bidi);

  /** Extension pages cannot be reached by navigation from content: the browser's chrome opens them. */
  const openExtensionPage = async (path: string): Promise<string> => {
    const url = extensionOrigin + path;
    await evaluateInChrome(`gBrowser.addTab(${JSON.stringify(url)}, { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() }), true`);
    const context = await waitFor(async () => {
      const tree = await bidi.send<{ contexts: Array<{ context: string; url: string }> }>('browsingContext.getTree', {});
      return tree.contexts.find((c) => c.url === url)?.context;
    }, `the page ${url} to open`);
    await waitFor(async () => (await evaluate<string>(context, 'document.readyState')) === 'complete' || undefined, `${url} to load`);
    return context;
  };

  // panel.html without ?tabId connects to nothing: a quiet extension page to read storage from.
  let probe = '';
  const openProbe = async () => {
    probe = await openExtensionPage('panel.html');
    // Listeners are registered at the top of the background script, before it counts its boot.
    await waitFor(async () => (await evaluate<Record<string, unknown>>(probe, 'browser.storage.session.get("boots")')).boots, 'the background to start');
  };
  await openProbe();

  const tabIdOf = async (context: string): Promise<number> => {
    const url = await evaluate<string>(context, 'location.href');
    return tabShowing(await evaluate(probe, 'browser.tabs.query({})'), url);
  };
  const wrap = async (context: string, tabId?: number): Promise<BrowserTab> => ({
    tabId: tabId ?? (await tabIdOf(context)),
    evaluate: (expression) => evaluate(context, expression),
    navigate: async (url) => void (await bidi.send('browsingContext.navigate', { context, url, wait: 'complete' })),
    screenshot: async (path) => {
      const { data } = await bidi.send<{ data: string }>('browsingContext.captureScreenshot', { context });
      await writeFile(path, Buffer.from(data, 'base64'));
    },
    async setInputFiles(selector, paths) {
      const r = await bidi.send<EvaluateResult & { result?: { sharedId?: string } }>('script.evaluate', {
        expression: `document.querySelector(${JSON.stringify(selector)})`,
        target: { context },
        awaitPromise: false,
        resultOwnership: 'root',
      });
      const sharedId = r.result?.sharedId;
      if (!sharedId) throw new Error(`no element ${selector} to choose files in`);
      await bidi.send('input.setFiles', { context, element: { sharedId }, files: paths });
    },
    async setViewport(width, height) {
      // In front too, as a docked panel is: Firefox all but stops animation frames in background tabs.
      await bidi.send('browsingContext.activate', { context });
      await bidi.send('browsingContext.setViewport', { context, viewport: { width, height } });
    },
    async click(selector) {
      // A pointer click through BiDi's input module: real input events, so the page sees a user gesture.
      const r = await bidi.send<EvaluateResult & { result?: { sharedId?: string } }>('script.evaluate', {
        expression: `document.querySelector(${JSON.stringify(selector)})`,
        target: { context },
        awaitPromise: false,
      });
      const sharedId = r.result?.sharedId;
      if (!sharedId) throw new Error(`no element ${selector} to click`);
      await bidi.send('input.performActions', {
        context,
        actions: [
          {
            type: 'pointer',
            id: 'mouse',
            actions: [
              { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element: { sharedId } } },
              { type: 'pointerDown', button: 0 },
              { type: 'pointerUp', button: 0 },
            ],
          },
        ],
      });
    },
    url: () => evaluate<string>(context, 'location.href'),
    close: async () => void (await bidi.send('browsingContext.close', { context })),
  });

  return {
    name: 'firefox',
    async openTab(url) {
      const { context } = await bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' });
      await bidi.send('browsingContext.navigate', { context, url, wait: 'complete' });
      return wrap(context);
    },
    openPanel: async (tabId, query = '') => wrap(await openExtensionPage(`panel.html?tabId=${tabId}${query}`), -1),
    openExtensionPage: async (path) => wrap(await openExtensionPage(path), -1),
    // The profile's user.js turns the permission prompt off.
    approveWithoutPrompt: async () => undefined,
    readStorage: async () => decodeValues(await evaluate<Record<string, unknown>>(probe, 'browser.storage.session.get(null)')),
    // Stored as the background stores them: each value as JSON text.
    writeStorage: (items) => evaluate(probe, `browser.storage.session.set(${JSON.stringify(encodeValues(items))})`),
    badgeText: (tabId) => evaluate(probe, `browser.action.getBadgeText({ tabId: ${tabId} })`),
    async stopBackground() {
      // Firefox suspends the idle event page by itself. Its state is read in the browser's own
      // scope: anything that reached the extension (storage, a message) would restart the idle timer.
      const policy = `WebExtensionPolicy.getByHostname(${JSON.stringify(new URL(extensionOrigin).host)})`;
      await waitFor(
        async () => (await evaluateInChrome<string>(`${policy}?.extension?.backgroundState`)) === 'stopped' || undefined,
        'Firefox to suspend the idle event page',
        options.idleTimeoutMs * 2 + 15_000,
      );
    },
    requests,
    async reloadExtension() {
      await evaluateInChrome(
        `(window.__mciReloaded = false,
          ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs').AddonManager.getAddonByID(${JSON.stringify(addonId)})
            .then((a) => a.reload()).then(() => (window.__mciReloaded = true)), true)`,
      );
      // The reload closes the extension's pages and resolves once the add-on is back; a new
      // probe then finds the new background's boot in storage.session (emptied by the reload).
      await waitFor(async () => (await evaluateInChrome<boolean>('window.__mciReloaded')) || undefined, 'the add-on to reload');
      await openProbe();
    },
    async watchBackground() {
      // In the browser's own scope, every console message: the extension's are those whose
      // source is under its origin (its background page's, and its other pages').
      await evaluateInChrome(`(() => {
        if (window.__mciErrors) return true;
        const origin = ${JSON.stringify(extensionOrigin)};
        const errors = (window.__mciErrors = []);
        Services.console.registerListener({
          observe(m) {
            if (m instanceof Ci.nsIScriptError && !(m.flags & (Ci.nsIScriptError.warningFlag | Ci.nsIScriptError.infoFlag)) && m.sourceName.startsWith(origin))
              errors.push(m.errorMessage);
          },
        });
        Services.obs.addObserver((subject) => {
          const m = subject.wrappedJSObject;
          if ((m.level === 'error' || m.level === 'assert') && (m.addonId === ${JSON.stringify(addonId)} || String(m.filename).startsWith(origin))) errors.push(m.arguments.map(String).join(' '));
        }, 'console-api-log-event');
        return true;
      })()`);
      return async () => JSON.parse(await evaluateInChrome<string>('JSON.stringify(window.__mciErrors)')) as string[];
    },
    async close() {
      await bidi.send('session.end').catch(() => undefined);
      bidi.close();
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await exited;
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Runs an expression in the browser's own (chrome) scope, where Firefox's internals are reachable. */
function chromeEvaluator(bidi: BidiConnection) {
  return async <T>(expression: string): Promise<T> => {
    const { contexts } = await bidi.send<{ contexts: Array<{ context: string }> }>('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const r = await bidi.send<EvaluateResult>('script.evaluate', { expression, target: { context: contexts[0]!.context }, awaitPromise: false, 'moz:scope': 'chrome' });
    if (r.type === 'exception') throw new Error(`in the browser's chrome: ${r.exceptionDetails?.text}`);
    return r.result?.value as T;
  };
}

/**
 * Records every HTTP request the browser makes, from the start, in the browser's own scope:
 * BiDi's network events cover browsing contexts only, and an add-on's background page is none
 * of them, so a request it made would pass unseen there. Each request is named by the document
 * that made it, else by the principal that triggered it (the browser's own requests, by the
 * system principal, get ''); one an add-on triggered (its loadInfo's triggering principal
 * carries the addonId) is named by the add-on's page, or by the add-on's origin.
 */
async function recordRequests(evaluateInChrome: ReturnType<typeof chromeEvaluator>): Promise<() => Promise<RecordedRequest[]>> {
  await evaluateInChrome(`(() => {
    const requests = (window.__mciRequests = []);
    Services.obs.addObserver((subject) => {
      const channel = subject.QueryInterface(Ci.nsIHttpChannel);
      const info = channel.loadInfo;
      const principal = info.triggeringPrincipal;
      const document = info.browsingContext?.currentWindowGlobal?.documentURI?.spec;
      // What an add-on triggered is the add-on's, whichever document it was made in.
      const by = principal.addonId
        ? (document?.startsWith(principal.spec) ? document : principal.spec)
        : (document ?? (principal.isSystemPrincipal ? '' : principal.spec));
      requests.push({ url: channel.URI.spec, by });
    }, 'http-on-modify-request');
    return true;
  })()`);
  return async () => JSON.parse(await evaluateInChrome<string>('JSON.stringify(window.__mciRequests)')) as RecordedRequest[];
}

interface GeckoManifest {
  browser_specific_settings: { gecko: { id: string } };
}

function bidiEndpoint(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Firefox did not start its BiDi server:\n${seen}`)), 30_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(seen);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`Firefox exited (${code}) before BiDi was up:\n${seen}`)));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.once('error', reject);
  });
}

async function waitFor<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined && value !== null && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
