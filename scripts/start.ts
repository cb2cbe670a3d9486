/**
 * `npm start [-- --firefox] [-- --port N] [-- --quiet]`: the demo. Runs after `npm run build`;
 * starts the mock Media Collection API and demo player, and the mock Edge its Media Edge
 * scenarios post to, then opens Chromium (or Firefox) with the built extension loaded, pointed
 * at the mock Edge, the demo page open and DevTools open. Without a display it says so and keeps
 * serving. Ctrl-C stops the browser and the servers.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumEdgeArgs, firefoxCertOverride, firefoxEdgePrefs } from '../src/demo/edge/edge-browsers.js';
import { startEdgeMock, type EdgeMockServer, type EdgeRequestRecord } from '../src/demo/edge/edge-server.js';
import { startDemoServer, type DemoRequestRecord } from '../src/demo/server.js';
import { CHROMIUM_BINARY, FIREFOX_BINARY, findBrowser } from './browser-binaries.js';

const root = join(import.meta.dirname, '..');
const DEFAULT_PORT = 8790;

const { values: args } = parseArgs({
  options: {
    firefox: { type: 'boolean', default: false },
    port: { type: 'string', default: String(DEFAULT_PORT) },
    quiet: { type: 'boolean', default: false },
  },
});
const browserName = args.firefox ? 'firefox' : 'chrome';
const extensionDir = join(root, 'dist', browserName);
const port = Number(args.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port: not a port: ${args.port}`);

const server = await startDemoServer({ port, onRequest: args.quiet ? undefined : printCall }).catch(
  (e: NodeJS.ErrnoException) =>
    fail(e.code === 'EADDRINUSE' ? `Port ${port} is in use; pick another with: npm start -- --port N` : String(e)),
);
console.log(`Demo player and mock Media Collection API: ${server.url}`);
// The Media Edge scenarios need the mock Edge; without it the rest of the demo still works.
const edge: EdgeMockServer | undefined = await startEdgeMock({ onRequest: args.quiet ? undefined : printEdgeCall }).catch(
  (e: NodeJS.ErrnoException) => {
    const why = e.code === 'ENOENT' ? 'openssl, which makes its TLS certificate, is not installed (apt-get install openssl)' : firstLine(String(e));
    console.log(`No mock Edge, so the Media Edge scenarios will fail: ${why}`);
    return undefined;
  },
);
if (edge) console.log(`Mock Edge (as edge.adobedc.net): TLS on 127.0.0.1:${edge.tlsPort}, proxy for Firefox on 127.0.0.1:${edge.proxyPort}`);

/** The browser the demo opened, whichever way it was launched. */
interface Closable {
  onClose(listener: () => void): void;
  close(): Promise<void>;
}

let browser: Closable | undefined;
let profileDir: string | undefined;
let stopping = false;
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

if (!existsSync(join(extensionDir, 'manifest.json'))) {
  console.log(`No extension build in ${rel(extensionDir)}: run npm run build first. Serving only.`);
} else if (!hasDisplay()) {
  console.log(
    `No display to open a browser on (DISPLAY is not set): run npm start in a desktop session, or open ${server.url} in a browser with the extension loaded from ${rel(extensionDir)}${edge ? ` (for the Media Edge scenarios, launched with ${chromiumEdgeArgs(edge).join(' ')})` : ''}`,
  );
} else {
  browser = args.firefox
    ? openFirefox(server.url)
    : await openChromium(server.url).catch((e: unknown) => {
        // Playwright's messages run to a call log; the first line says what went wrong.
        const display = process.env.DISPLAY || process.env.WAYLAND_DISPLAY;
        console.log(`Could not open Chromium on display ${display}: ${firstLine(e instanceof Error ? e.message : String(e))}`);
        return undefined;
      });
  browser?.onClose(() => {
    if (stopping) return;
    console.log('The browser closed; stopping.');
    void shutdown(0);
  });
}
console.log('Ctrl-C stops everything.');

/** A headed browser needs an X or Wayland display on Linux; macOS and Windows always have one. */
function hasDisplay(): boolean {
  return process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

/**
 * Chromium, not Google Chrome: branded Chrome ignores --load-extension since version 137.
 * Launched through playwright-core rather than spawned with the URL on its command line:
 * with an extension loaded and --auto-open-devtools-for-tabs, Chromium 156 left the first tab
 * on about:blank. Navigating once the extension's worker answers also avoids a race: the
 * worker's start is reported before its webRequest listeners are registered, so requests made
 * at once could go unseen.
 */
async function openChromium(url: string): Promise<Closable | undefined> {
  const found = findBrowser(CHROMIUM_BINARY);
  if ('missing' in found) {
    console.log(serveOnly(found.missing, url));
    return undefined;
  }
  const binary = found.path;
  console.log(`Opening ${binary} with the extension from ${rel(extensionDir)}`);
  // A throwaway profile keeps the user's own browser and its extensions out of the demo.
  profileDir = mkdtempSync(join(tmpdir(), 'mci-demo-chromium-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: binary,
    headless: false,
    viewport: null,
    // Chromium refuses to start as root with its sandbox (containers, CI machines).
    chromiumSandbox: process.getuid?.() !== 0,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    // The mock Edge's certificate is made at start; only the demo's throwaway profile accepts it.
    ignoreHTTPSErrors: edge !== undefined,
    args: [
      `--load-extension=${extensionDir}`,
      `--disable-extensions-except=${extensionDir}`,
      '--auto-open-devtools-for-tabs',
      ...(edge ? chromiumEdgeArgs(edge) : []),
    ],
  });
  try {
    const worker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
    await worker.evaluate(() => true);
  } catch {
    console.log(`The extension's service worker did not start: see chrome://extensions.`);
  }
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  return {
    onClose: (listener) => context.on('close', () => listener()),
    close: () => context.close(),
  };
}

/**
 * web-ext installs the add-on into a throwaway profile of ours, which holds the exception for
 * the mock Edge's certificate; the proxy prefs send the Edge host to the mock. Firefox's own
 * --devtools opens the page's DevTools (web-ext's --devtools would open the add-on's instead).
 */
function openFirefox(url: string): Closable | undefined {
  const found = findBrowser(FIREFOX_BINARY);
  if ('missing' in found) {
    console.log(serveOnly(found.missing, url));
    return undefined;
  }
  const firefox = found.path;
  const webExt = join(root, 'node_modules', '.bin', 'web-ext');
  console.log(`Opening ${firefox} through web-ext with the add-on from ${rel(extensionDir)}`);
  profileDir = mkdtempSync(join(tmpdir(), 'mci-demo-firefox-'));
  const edgeArgv: string[] = [];
  if (edge) {
    writeFileSync(join(profileDir, 'cert_override.txt'), firefoxCertOverride(edge));
    for (const [name, value] of Object.entries(firefoxEdgePrefs(edge))) edgeArgv.push('--pref', `${name}=${value}`);
  }
  const argv = ['run', '--source-dir', extensionDir, '--firefox', firefox, '--start-url', url, '--firefox-profile', profileDir, '--keep-profile-changes', ...edgeArgv];
  // In its own process group, so shutdown can stop web-ext and the Firefox it started.
  const child = spawn(webExt, [...argv, '--arg=--devtools', '--no-input'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  child.on('error', (e) => console.log(`Could not start web-ext: ${e.message}`));
  return {
    onClose: (listener) => child.on('exit', () => listener()),
    close: () => stopProcessGroup(child),
  };
}

async function shutdown(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  await browser?.close();
  await server.close();
  await edge?.close();
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  process.exit(code);
}

/**
 * SIGINT to a process group, as Ctrl-C in a terminal would send: web-ext then closes Firefox
 * and deletes its temporary profile (on SIGTERM it leaves the profile behind). SIGKILL if it
 * lingers.
 */
async function stopProcessGroup(child: ChildProcess): Promise<void> {
  const pid = child.pid;
  if (pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  signalGroup(pid, 'SIGINT');
  const timer = setTimeout(() => signalGroup(pid, 'SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

function printCall(r: DemoRequestRecord): void {
  if (r.kind === 'page') return;
  const what = r.kind === 'preflight' ? 'OPTIONS (preflight)' : (r.eventType ?? '(no eventType)');
  const detail = r.message ? `  ${r.message.split('\n')[0]}` : '';
  console.log(`${r.status} ${what.padEnd(18)} ${r.path.replace(/[0-9a-f]{64}/, '{sid}')}${detail}`);
}

function printEdgeCall(r: EdgeRequestRecord): void {
  console.log(`${r.status} ${'(Media Edge)'.padEnd(18)} ${r.path}`);
}

/** The browser is missing: say how to get it, and that the demo is served meanwhile. */
function serveOnly(missing: string, url: string): string {
  return `${missing}; the demo is served meanwhile at ${url}`;
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0]!;
}

function rel(path: string): string {
  return path.startsWith(root) ? path.slice(root.length + 1) : path;
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
