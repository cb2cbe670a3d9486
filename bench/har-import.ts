import { startApiServer } from '../test/e2e/support/api-server.js';
import { launchChromium } from '../test/e2e/support/chromium.js';
import { generatedHarFile } from '../test/e2e/support/har-import-page.js';
import { median } from '../test/e2e/support/measure.js';
import { requireFreshBuild } from './fresh-build.js';

/*
 * HAR import in the panel, in headless Chromium with the built extension (dist/chrome): a
 * generated "Save all as HAR" of 10 MB and of 100 MB (half API calls, half video segments) is
 * dropped on the panel as a person drops a file, and the panel does all it does for a user: its
 * worker reads and judges the file, its store takes the batches, the session list and the call
 * list render them. Measured on the page's clock from the drop: the first imported session
 * shown in the session list, the file shown as loaded, and the longest main-thread task
 * meanwhile (PerformanceObserver 'longtask': tasks over 50 ms are reported, so "none" means
 * every task was shorter).
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SIZES_MB = (process.env.BENCH_SIZES ?? '10,100').split(',').map(Number);
/** Another build of the extension to measure (a copy of dist/chrome kept from before a change): builds compared on the same machine, runs alternated. */
const EXTENSION = process.env.BENCH_EXTENSION;
const FIRST_SESSION_TARGET_MS = 1000;
const LOADED_100MB_TARGET_MS = 5000;
const LONG_TASK_TARGET_MS = 100;

interface Run {
  firstSessionMs: number;
  loadedMs: number;
  longestTaskMs: number;
  attributed: string[];
  bytes: number;
  sessions: number;
  calls: number;
}

if (!EXTENSION) requireFreshBuild('bench/har-import.ts');
const server = await startApiServer();
// gc() on the page: the file is built there, and the collection of its text must not be counted as the import's.
const chromium = await launchChromium({ args: ['--js-flags=--expose-gc'], ...(EXTENSION && { extension: EXTENSION }) });
try {
  const tab = await chromium.openTab(`${server.url}page`);
  console.log(`\nHAR import in the panel, Chromium (${RUNS} runs, medians; ms from dropping the file on the panel)`);
  for (const mb of SIZES_MB) {
    const runs: Run[] = [];
    for (let i = 0; i < RUNS; i++) {
      // A fresh panel page per run: no memory or long-task entries carried over.
      const panel = await chromium.openPanel(tab.tabId);
      // The size of DevTools docked at the bottom of a laptop's screen, the session list beside the calls.
      await panel.setViewport(1200, 500);
      runs.push(await panel.evaluate<Run>(timedImport(generatedHarFile(mb))));
      if (process.env.BENCH_VERBOSE) console.log(`    run ${i + 1}: long tasks ${runs.at(-1)!.attributed.join(', ') || 'none'}`);
      await panel.close();
    }
    const first = median(runs.map((r) => r.firstSessionMs));
    const loaded = median(runs.map((r) => r.loadedMs));
    const longest = Math.max(...runs.map((r) => r.longestTaskMs));
    const r = runs[0]!;
    console.log(`  ${mb} MB (${(r.bytes / 1048576).toFixed(0)} MiB, ${r.calls} API calls in ${r.sessions} sessions):`);
    console.log(`    first session ${first.toFixed(0)} ms (target < ${FIRST_SESSION_TARGET_MS})${verdict(first < FIRST_SESSION_TARGET_MS)}`);
    console.log(`    fully loaded ${loaded.toFixed(0)} ms${mb === 100 ? ` (target < ${LOADED_100MB_TARGET_MS})${verdict(loaded < LOADED_100MB_TARGET_MS)}` : ''}`);
    console.log(`    longest main-thread task, worst run: ${longest === 0 ? 'none over 50 ms' : `${longest.toFixed(0)} ms`} (target < ${LONG_TASK_TARGET_MS})${verdict(longest < LONG_TASK_TARGET_MS)}`);
  }
} finally {
  await chromium.close();
  await server.close();
}

function verdict(ok: boolean): string {
  return ok ? '' : '  MISSED';
}

/** Runs on the panel page: builds the file, drops it on the panel, and times what the panel shows. */
function timedImport(makeFile: string): string {
  return `(async () => {
    const file = ${makeFile};
    // Collect what building the file left behind, and let the page settle, so that none of it is counted.
    gc();
    await new Promise((r) => setTimeout(r, 200));
    const tasks = [];
    const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
    observer.observe({ type: 'longtask' });
    let firstSession = -1, loaded = -1, t0 = 0;
    const done = new Promise((resolve) => {
      const seen = new MutationObserver(() => {
        const now = performance.now() - t0;
        if (firstSession < 0 && document.querySelector('.session[data-imported-from]')) firstSession = now;
        const file = document.querySelector('.imported-file');
        if (file?.dataset.status === 'done' || document.querySelector('.file-message')) { loaded = now; seen.disconnect(); resolve(); }
      });
      seen.observe(document.querySelector('.panel'), { subtree: true, childList: true, attributes: true });
    });
    const data = new DataTransfer();
    data.items.add(file);
    const target = document.querySelector('.panel .body');
    t0 = performance.now();
    for (const type of ['dragenter', 'dragover', 'drop']) target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
    await done;
    const message = document.querySelector('.file-message');
    if (message) throw new Error('import failed: ' + message.textContent);
    await new Promise((r) => setTimeout(r, 100));
    observer.disconnect();
    const during = tasks.filter((t) => t.startTime + t.duration >= t0 && t.startTime <= t0 + loaded);
    const attributed = during.map((t) => Math.round(t.duration) + ' ms at ' + Math.round(t.startTime - t0));
    const sessions = document.querySelectorAll('.session[data-imported-from]').length;
    const calls = Number(document.querySelector('.count').dataset.calls);
    return { attributed, firstSessionMs: firstSession, loadedMs: loaded, longestTaskMs: Math.max(0, ...during.map((t) => t.duration)), bytes: file.size, sessions, calls };
  })()`;
}
