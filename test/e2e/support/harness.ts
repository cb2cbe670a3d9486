/**
 * What a test needs from a browser with the built extension loaded. One implementation per
 * browser (chromium.ts over playwright-core, firefox.ts over WebDriver BiDi) so every scenario
 * is written once and run in both.
 */
export interface BrowserTab {
  /** The tab id the extension sees (webRequest's `tabId`). */
  tabId: number;
  /**
   * Evaluates a JavaScript expression in the page (promises awaited) and returns its value
   * through JSON, so only plain data crosses.
   */
  evaluate<T>(expression: string): Promise<T>;
  navigate(url: string): Promise<void>;
  /** Saves a PNG of what a person would see in the tab. */
  screenshot?(path: string): Promise<void>;
  /**
   * Chooses files in the page's `<input type=file>` matched by `selector`, as a person does in the
   * file dialog (Chromium: playwright's setInputFiles; Firefox: BiDi's input.setFiles).
   */
  setInputFiles(selector: string, paths: string[]): Promise<void>;
  /** Brings the tab to the front and resizes its viewport, CSS px: the size of a docked DevTools panel. */
  setViewport(width: number, height: number): Promise<void>;
  /** Clicks the element the CSS selector finds as a person would, with real input events: a user gesture for the page. */
  click(selector: string): Promise<void>;
  /** The address the tab shows now. */
  url(): Promise<string>;
  close(): Promise<void>;
}

export interface Harness {
  name: 'chromium' | 'firefox';
  /** Opens a web page in a new tab. */
  openTab(url: string): Promise<BrowserTab>;
  /** Opens the extension's panel page as an ordinary tab, showing `tabId`. */
  openPanel(tabId: number, query?: string): Promise<BrowserTab>;
  /** Opens a page the extension ships (`grant.html?site=…`) in a new tab. */
  openExtensionPage(path: string): Promise<BrowserTab>;
  /**
   * Lets the next `permissions.request` for these patterns go through without the browser's own
   * prompt, which a test cannot click. Chromium: chrome://extensions approves them first (what a
   * person does under the extension's site access there), so the request finds them granted.
   * Firefox: nothing to do, the profile turns the prompt off.
   */
  approveWithoutPrompt(patterns: readonly string[]): Promise<void>;
  /** Everything in the extension's storage.session, read from an extension page, values decoded from their JSON text. */
  readStorage(): Promise<Record<string, unknown>>;
  /** Writes items into the extension's storage.session, from an extension page, each value as JSON text as the background writes it. */
  writeStorage(items: Record<string, unknown>): Promise<void>;
  /** The toolbar badge's text for a tab. */
  badgeText(tabId: number): Promise<string>;
  /** Stops the background (Chrome: the service worker; Firefox: the event page) once. */
  stopBackground(): Promise<void>;
  /**
   * Reloads the extension as a developer does (Chromium: Reload on chrome://extensions, in
   * developer mode; Firefox: the add-on's reload, as about:debugging's button), and waits until
   * its background runs again. The browser closes the extension's pages meanwhile.
   */
  reloadExtension(): Promise<void>;
  /**
   * Starts collecting what the background's console shows as an error: console.error, uncaught
   * exceptions, unhandled rejections (Chromium: launch with `cdp`). The function returned reads
   * what was collected so far.
   */
  watchBackground(): Promise<() => Promise<string[]>>;
  /**
   * Every request the browser made since launch: its URL and who made it (Chromium: playwright's
   * request events; Firefox: an observer of every HTTP channel in the browser's own scope).
   */
  requests(): Promise<readonly RecordedRequest[]>;
  close(): Promise<void>;
}

export interface RecordedRequest {
  url: string;
  /**
   * The URL of the page or worker that made the request. Firefox: the address of the document
   * that made it (the background page's too), else the origin of what triggered it, or '' for the
   * browser's own.
   */
  by: string;
}

/**
 * Host access at launch: all sites (granted through the grant page, as a person would), so the
 * suites that test capture find it on; or none, where the permissions suite starts.
 */
export type SiteAccessAtLaunch = 'all-sites' | 'none';

/** `evaluate` runs this around the expression: awaits it and serialises the result. */
export function jsonWrapped(expression: string): string {
  return `(async () => JSON.stringify(await (${expression})))()`;
}

export function parseJsonResult<T>(text: unknown): T {
  return (text === undefined || text === null ? undefined : JSON.parse(String(text))) as T;
}

/**
 * The id of the tab showing `url`, from the extension's `tabs.query({})`. Without host access
 * to a page the extension cannot read its tab's URL: the tab is then the one just opened, the
 * active one whose URL stays hidden.
 */
export function tabShowing(tabs: ReadonlyArray<{ id?: number; url?: string; active: boolean }>, url: string): number {
  const tab = tabs.find((t) => t.url === url) ?? tabs.find((t) => t.url === undefined && t.active);
  if (tab?.id === undefined) throw new Error(`no tab with ${url}`);
  return tab.id;
}
