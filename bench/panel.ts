import { startApiServer } from '../test/e2e/support/api-server.js';
import { eventsPath, sessionStart, sidOf } from '../test/e2e/support/bodies.js';
import { launchChromium, type ChromiumHarness } from '../test/e2e/support/chromium.js';
import type { BrowserTab } from '../test/e2e/support/harness.js';
import { median } from '../test/e2e/support/measure.js';
import { callsOf, entriesOfTab } from '../test/e2e/support/captured.js';
import { FIRST_STORED_ID, storedCalls } from '../test/e2e/support/stored-calls.js';
import { requireFreshBuild } from './fresh-build.js';

/*
 * The panel's figures, in headless Chromium with the built extension (dist/chrome):
 *   - first render of a tab of 10,000 stored calls: from the panel page's navigation start to
 *     the frame that first shows rows (the panel's own `mci:first-rows` mark, in its own clock),
 *     with the background warm (tab in memory) and cold (worker restarted, tab rebuilt from storage).
 *     Cold here is slightly kind: opening the panel as a tab wakes the stopped worker (tabs.onUpdated)
 *     a little before the page starts loading, where a DevTools panel would wake it only when it
 *     connects (`bg:panel-connected` in the warm stages shows how late that is);
 *   - arrival → row: from the browser reporting a call complete (webRequest's timestamp, which
 *     the background stores as `settledAt`) to the frame that shows the call's row settled, for
 *     calls sent one at a time by a real page. Both ends are wall-clock readings on this one
 *     machine (Date.now in the panel, the browser's own event time), so no clock is translated.
 *   - scrolling the 10,000 rows: the work one scroll step costs (handler, render, style, layout).
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CALLS = 10_000;
const LIVE_CALLS = 100;
const TAB_ID = 987_654;
const FIRST_RENDER_TARGET_MS = 300;
const ARRIVAL_TARGET_MS = 50;
const FRAME_MS = 1000 / 60;
/** Marks of the worker's start: part of a cold opening, from an earlier start in a warm one. */
const BOOT_STAGES = ['worker-started', 'worker-script', 'storage-read', 'storage-parsed', 'restored'];

interface Opening {
  firstRowsMs: number;
  listedMs: number;
  stages: Record<string, number>;
}

requireFreshBuild('bench/panel.ts');
const server = await startApiServer();
const chromium = await launchChromium();
try {
  await chromium.writeStorage(storedCalls(TAB_ID, CALLS));
  const cold: Opening[] = [];
  const warm: Opening[] = [];
  let scroll = { wheelMs: 0, jumpMs: 0, frameMs: 0, lastId: '' };
  for (let run = 0; run < RUNS; run++) {
    await chromium.stopBackground();
    cold.push(await openAndTime(chromium));
    const { opening, panel } = await openAndTime(chromium, true);
    warm.push(opening);
    if (run === RUNS - 1) scroll = await scrollThrough(panel!);
    await panel!.close();
  }
  const live = await arrivalToRow(chromium);

  const stageNames = Object.keys(cold[0]!.stages);
  console.log(`\nPanel in Chromium (${RUNS} runs, medians; ms from the panel page's navigation start)`);
  for (const [name, runs] of [['cold', cold], ['warm', warm]] as const) {
    const first = median(runs.map((r) => r.firstRowsMs));
    console.log(`  ${name}: first rows on screen ${first.toFixed(0)} ms (target < ${FIRST_RENDER_TARGET_MS})${verdict(first < FIRST_RENDER_TARGET_MS)}, all ${CALLS} listed ${median(runs.map((r) => r.listedMs)).toFixed(0)} ms`);
    const stages = stageNames.filter((s) => runs.every((r) => s in r.stages)).map((s) => `${s} ${median(runs.map((r) => r.stages[s]!)).toFixed(0)}`);
    console.log(`    stages: ${stages.join(', ')}`);
  }
  console.log(`  arrival → row, ${live.latencies.length} live calls: median ${median(live.latencies).toFixed(1)} ms (target < ${ARRIVAL_TARGET_MS})${verdict(median(live.latencies) < ARRIVAL_TARGET_MS)}, p90 ${percentile(live.latencies, 0.9).toFixed(1)} ms; from the page's fetch resolving: median ${median(live.fromPage).toFixed(1)} ms`);
  console.log(`  scrolling ${CALLS} rows, work per frame (budget ${FRAME_MS.toFixed(1)} ms): ${scroll.wheelMs.toFixed(1)} ms wheeling 5 rows a frame${verdict(scroll.wheelMs < FRAME_MS)}, ${scroll.jumpMs.toFixed(1)} ms jumping a whole screen a frame${verdict(scroll.jumpMs < FRAME_MS)} (${scroll.frameMs.toFixed(1)} ms between frames then); last row reached: ${scroll.lastId === String(FIRST_STORED_ID + CALLS - 1) ? 'yes' : `no (${scroll.lastId})`}`);
} finally {
  await chromium.close();
  await server.close();
}

function verdict(ok: boolean): string {
  return ok ? '' : '  MISSED';
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

async function openAndTime(chromium: ChromiumHarness): Promise<Opening>;
async function openAndTime(chromium: ChromiumHarness, warm: true): Promise<{ opening: Opening; panel: BrowserTab }>;
async function openAndTime(chromium: ChromiumHarness, warm = false): Promise<Opening | { opening: Opening; panel: BrowserTab }> {
  const panel = await chromium.openPanel(TAB_ID);
  const listed = await panel.evaluate<number>(`new Promise((resolve) => {
    const check = () => {
      const count = Number(document.querySelector('.count')?.dataset.calls ?? 0);
      const marked = performance.getEntriesByName('mci:first-rows').length > 0;
      if (count === ${CALLS} && marked && !document.querySelector('.loading')) resolve(performance.now());
      else requestAnimationFrame(check);
    };
    check();
  })`);
  const panelMarks = await panel.evaluate<{ origin: number; marks: Record<string, number> }>(`({
    origin: performance.timeOrigin,
    marks: Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
  })`);
  const workerMarks = await chromium.evaluateInBackground<{ origin: number; marks: Record<string, number> }>(`({
    origin: performance.timeOrigin,
    marks: Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
  })`);
  // The worker's marks, moved onto the panel's clock through both clocks' wall-clock origins.
  const stages: Record<string, number> = {};
  const workerStages: Record<string, number> = { 'worker-started': workerMarks.origin - panelMarks.origin };
  for (const [name, t] of Object.entries(workerMarks.marks)) workerStages[name.replace('mci:', '')] = workerMarks.origin + t - panelMarks.origin;
  for (const [name, at] of Object.entries(workerStages)) if (!warm || !BOOT_STAGES.includes(name)) stages[`bg:${name}`] = at;
  for (const [name, t] of Object.entries(panelMarks.marks)) stages[`panel:${name.replace('mci:', '')}`] = t;
  const opening = { firstRowsMs: panelMarks.marks['mci:first-rows']!, listedMs: listed, stages: sortByTime(stages) };
  if (warm) return { opening, panel };
  await panel.close();
  return opening;
}

function sortByTime(stages: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(stages).sort((a, b) => a[1] - b[1]));
}

/**
 * Scrolling the list, two ways: wheel-like steps of 5 rows a frame (a few rows enter each frame),
 * and jumps through the whole list in 120 steps (every row in view is new each frame, as when
 * dragging the scrollbar). Each step's work is what the step costs the page up to the layout
 * of its new rows: the scroll handler, the render and the layout.
 */
async function scrollThrough(panel: BrowserTab): Promise<{ wheelMs: number; jumpMs: number; frameMs: number; lastId: string }> {
  return panel.evaluate(`(async () => {
    const list = document.querySelector('.call-list');
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const mid = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
    const step = async (top) => {
      const t = performance.now();
      list.scrollTop = top;
      list.dispatchEvent(new Event('scroll'));
      await Promise.resolve();
      await Promise.resolve();
      list.querySelector('tbody tr:last-child')?.getBoundingClientRect();
      const ms = performance.now() - t;
      await frame();
      return ms;
    };
    await frame();
    const wheel = [];
    for (let i = 1; i <= 60; i++) wheel.push(await step(list.scrollHeight / 3 + i * 110));
    const jumps = [];
    const start = performance.now();
    for (let i = 1; i <= 120; i++) jumps.push(await step(((list.scrollHeight - list.clientHeight) * i) / 120));
    const frameMs = (performance.now() - start) / 120;
    return { wheelMs: mid(wheel), jumpMs: mid(jumps), frameMs, lastId: [...document.querySelectorAll('tr.call')].at(-1)?.dataset.callId ?? '' };
  })()`);
}

/** Calls sent one at a time from a real page while the panel is open. */
async function arrivalToRow(chromium: ChromiumHarness): Promise<{ latencies: number[]; fromPage: number[] }> {
  const tab = await chromium.openTab(`${server.url}page`);
  const panel = await chromium.openPanel(tab.tabId);
  const post = (path: string, body: unknown) => tab.evaluate<{ status: number; location: string | null; doneAt: number }>(`api.post(${JSON.stringify(path)}, ${JSON.stringify(body)})`);
  const sid = sidOf((await post('/api/v1/sessions', sessionStart())).location);
  // In the panel: when each row first shows a settled status, the wall-clock time of the next
  // frame after it (the one that paints it).
  await panel.evaluate(`(() => {
    window.shown = {};
    const note = () => {
      for (const row of document.querySelectorAll('tr.call')) {
        const id = row.dataset.callId;
        if (row.dataset.status === 'pending' || id in shown) continue;
        shown[id] = 0;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => { shown[id] = Date.now(); channel.port1.close(); };
          channel.port2.postMessage(null);
        });
      }
    };
    new MutationObserver(note).observe(document.body, { subtree: true, childList: true, attributes: true });
    note();
    return true;
  })()`);
  const done = await tab.evaluate<number[]>(`(async () => {
    const done = [];
    for (let i = 0; i < ${LIVE_CALLS}; i++) {
      const r = await api.post(${JSON.stringify(eventsPath(sid))}, { eventType: 'ping', playerTime: { playhead: i, ts: Date.now() } });
      done.push(r.doneAt);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return done;
  })()`);
  const deadline = Date.now() + 30_000;
  let shown: Record<string, number> = {};
  while (Date.now() < deadline) {
    shown = await panel.evaluate<Record<string, number>>('shown');
    if (Object.values(shown).filter((t) => t > 0).length >= LIVE_CALLS + 1) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const storage = await chromium.readStorage();
  const settledAt = new Map<string, number>();
  for (const entry of callsOf(entriesOfTab(storage, tab.tabId))) if (entry.settledAt !== undefined) settledAt.set(entry.call.id, entry.settledAt);
  // Request ids increase: the first is the sessionStart, the rest are the timed calls in order.
  const ids = [...settledAt.keys()].sort((a, b) => a.length - b.length || (a < b ? -1 : 1)).slice(1);
  if (ids.length !== LIVE_CALLS) throw new Error(`expected ${LIVE_CALLS} settled calls stored, found ${ids.length}`);
  const missing = ids.filter((id) => !(shown[id]! > 0));
  if (missing.length > 0) throw new Error(`${missing.length} calls never showed a settled row in the panel`);
  await panel.close();
  await tab.close();
  return { latencies: ids.map((id) => shown[id]! - settledAt.get(id)!), fromPage: ids.map((id, i) => shown[id]! - done[i]!) };
}

/** The bench measures dist/chrome as built: say so plainly when it is missing or older than the sources. */
