import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll } from 'vitest';
import { startDemoServer, type DemoRequestRecord, type DemoServer } from '../../../src/demo/server.js';
import { callsOf, waitForSettledCalls, waitUntil } from './captured.js';
import type { BrowserTab, Harness } from './harness.js';

/** Sizes a docked DevTools panel takes: the narrowest and shortest, docked right, docked at the bottom, undocked. */
export const DOCKED_SIZES = [
  { width: 360, height: 200 },
  { width: 480, height: 800 },
  { width: 1000, height: 260 },
  { width: 1400, height: 900 },
] as const;

export type Theme = 'light' | 'dark';

/** Plays a demo scenario in a new tab and waits until the extension has stored every call it made, settled. */
export async function playScenario(harness: Harness, server: DemoServer, scenario: string, countRequests: () => number): Promise<BrowserTab> {
  const tab = await harness.openTab(server.url);
  const before = countRequests();
  await tab.evaluate(`window.runScenario(${JSON.stringify(scenario)}, { msPerSecond: 2 })`);
  const calls = callsOf(await waitForSettledCalls(harness, tab.tabId, countRequests() - before));
  if (calls.length === 0) throw new Error(`the ${scenario} scenario made no call`);
  return tab;
}

/** Where the suites put screenshots for a person to look at; not compared by the tests. */
export const SHOTS = '/tmp/fit-shots';

export interface PlayedScenario {
  harness: Harness;
  tab: BrowserTab;
}

/**
 * For a describe block: a demo server and a browser, started once, with `scenario` played in a
 * tab before its tests run, and both closed after them. The fields are set once beforeAll ran.
 */
export function playedOnce(launch: () => Promise<Harness>, scenario: string): PlayedScenario {
  const played = {} as PlayedScenario;
  let server: DemoServer | undefined;
  const log: DemoRequestRecord[] = [];
  beforeAll(async () => {
    server = await startDemoServer({ port: 0, onRequest: (r) => log.push(r) });
    played.harness = await launch();
    played.tab = await playScenario(played.harness, server, scenario, () => log.filter((r) => r.method === 'POST' && (r.kind === 'sessions' || r.kind === 'events')).length);
    await mkdir(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await played.harness?.close();
    await server?.close();
  });
  return played;
}

/** The panel of `tabId` as a tab of the given size and theme, its calls and their findings listed. */
export async function openPanelAt(harness: Harness, tabId: number, size: { width: number; height: number }, theme: Theme): Promise<BrowserTab> {
  const panel = await harness.openPanel(tabId, theme === 'dark' ? '&theme=dark' : '&theme=light');
  await panel.setViewport(size.width, size.height);
  await waitUntil(
    () => panel.evaluate<boolean>(`innerWidth === ${size.width} && innerHeight === ${size.height} && document.querySelector('.count')?.dataset.calls > 0 && !!document.querySelector('.connection[data-connection="live"]')`),
    () => `the panel at ${size.width}×${size.height} to list the calls`,
  );
  await nextFrames(panel);
  return panel;
}

/**
 * Does what a person does to look at the stray adStart: picks its session (in the list beside
 * the calls, or the selector above them in a narrow panel), scrolls the list to the call and
 * selects it, and opens it unless told not to. Returns its call id once its details show the
 * ad-outside-break finding (or once its row is selected).
 */
export async function openStrayAdStart(panel: BrowserTab, { open = true }: { open?: boolean } = {}): Promise<string> {
  await panel.evaluate(`(() => {
    const select = document.querySelector('.session-bar select');
    if (select) {
      select.value = select.options[1].value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    } else {
      document.querySelector('.session[data-session-key]').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    }
    return true;
  })()`);
  const selector = 'tr.call[data-event-type="adStart"][data-rules~="ad-outside-break"]';
  // One session's calls listed (a Media Edge sessionStart's row shows no sid: its id is in the response).
  await waitUntil(
    () => panel.evaluate<boolean>(`!!document.querySelector('.session-bar[data-session-key]:not([data-session-key=""]), .session.picked[data-session-key]') && new Set([...document.querySelectorAll('tr.call')].map((r) => r.dataset.sid).filter(Boolean)).size === 1`),
    () => 'the session to be picked',
  );
  const callId = await panel.evaluate<string>(`(async () => {
    const list = document.querySelector('.call-list');
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    let row = document.querySelector(${JSON.stringify(selector)});
    for (let top = 0; !row && top <= list.scrollHeight; top += list.clientHeight) {
      list.scrollTop = top;
      await frame();
      await frame();
      row = document.querySelector(${JSON.stringify(selector)});
    }
    if (!row) throw new Error('no stray adStart in the list');
    row.scrollIntoView({ block: 'nearest' });
    row.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    if (${open}) row.dispatchEvent(new MouseEvent('dblclick', { bubbles: true }));
    return row.dataset.callId;
  })()`);
  await waitUntil(
    () =>
      panel.evaluate<boolean>(
        open
          ? `document.querySelector('.details')?.dataset.callId === ${JSON.stringify(callId)} && !!document.querySelector('.details .finding[data-rule="ad-outside-break"]')`
          : `document.querySelector('tr.call.selected')?.dataset.callId === ${JSON.stringify(callId)}`,
      ),
    () => (open ? 'the details of the stray adStart' : 'the stray adStart selected'),
  );
  await nextFrames(panel);
  return callId;
}

/**
 * Picks the panel's language as its Language setting does (storage.local, read by every page of
 * the extension), and waits until the panel speaks it. 'auto' goes back to the browser's language.
 */
export async function setPanelLanguage(panel: BrowserTab, choice: string): Promise<void> {
  await panel.evaluate(`(globalThis.browser ?? chrome).storage.local.set({ panelLanguage: { version: 1, value: ${JSON.stringify(choice)} } }).then(() => true)`);
  const lang = choice === 'auto' ? '' : choice;
  await waitUntil(() => panel.evaluate<boolean>(`${JSON.stringify(lang)} === '' || document.documentElement.lang === ${JSON.stringify(lang)}`), () => `the panel in ${choice}`);
  await nextFrames(panel);
}

/** Two frames: what the panel's resize observers measured is rendered and laid out by then. */
function nextFrames(panel: BrowserTab): Promise<unknown> {
  return panel.evaluate(`new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))`);
}
