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
  close(): Promise<void>;
}

export interface Harness {
  name: 'chromium' | 'firefox';
  /** Opens a web page in a new tab. */
  openTab(url: string): Promise<BrowserTab>;
  /** Opens the extension's panel page as an ordinary tab, showing `tabId`. */
  openPanel(tabId: number, query?: string): Promise<BrowserTab>;
  /** Everything in the extension's storage.session, read from an extension page, values decoded from their JSON text. */
  readStorage(): Promise<Record<string, unknown>>;
  /** Writes items into the extension's storage.session, from an extension page, each value as JSON text as the background writes it. */
  writeStorage(items: Record<string, unknown>): Promise<void>;
  /** The toolbar badge's text for a tab. */
  badgeText(tabId: number): Promise<string>;
  /** Stops the background (Chrome: the service worker; Firefox: the event page) once. */
  stopBackground(): Promise<void>;
  close(): Promise<void>;
}

/** `evaluate` runs this around the expression: awaits it and serialises the result. */
export function jsonWrapped(expression: string): string {
  return `(async () => JSON.stringify(await (${expression})))()`;
}

export function parseJsonResult<T>(text: unknown): T {
  return (text === undefined || text === null ? undefined : JSON.parse(String(text))) as T;
}
