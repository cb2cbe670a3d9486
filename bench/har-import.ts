import { startApiServer } from '../test/e2e/support/api-server.js';
import { launchChromium } from '../test/e2e/support/chromium.js';
import { generatedHarFile } from '../test/e2e/support/har-import-page.js';
import { median } from '../test/e2e/support/measure.js';
import { requireFreshBuild } from './fresh-build.js';

/*
 * HAR import in the panel, in headless Chromium with the built extension (dist/chrome): on the
 * panel page, a generated "Save all as HAR" of 10 MB and of 100 MB (half API calls, half video
 * segments) is handed to the importer as a File, as the Open button will. Measured on the page's
 * clock from the call to importHar: the first batch holding a session (what the panel can show
 * first), the end of the import, and the longest main-thread task meanwhile (PerformanceObserver
 * 'longtask': tasks over 50 ms are reported, so "none" means every task was shorter).
 * The page only counts what arrives: the store's own work on the batches comes with the UI.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SIZES_MB = [10, 100];
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

requireFreshBuild('bench/har-import.ts');
const server = await startApiServer();
// gc() on the page: the file is built there, and the collection of its text must not be counted as the import's.
const chromium = await launchChromium({ args: ['--js-flags=--expose-gc'] });
try {
  const tab = await chromium.openTab(`${server.url}page`);
  console.log(`\nHAR import in the panel, Chromium (${RUNS} runs, medians; ms from handing the file to importHar)`);
  for (const mb of SIZES_MB) {
    const runs: Run[] = [];
    for (let i = 0; i < RUNS; i++) {
      // A fresh panel page per run: no memory or long-task entries carried over.
      const panel = await chromium.openPanel(tab.tabId);
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

/** Runs on the panel page: builds the file, then times one import. */
function timedImport(makeFile: string): string {
  return `(async () => {
    const { importHar } = await import('/har-import.js');
    const file = ${makeFile};
    // Collect what building the file left behind, and let the page settle, so that none of it is counted.
    gc();
    await new Promise((r) => setTimeout(r, 200));
    const tasks = [];
    const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
    observer.observe({ type: 'longtask' });
    const t0 = performance.now();
    let firstSession = -1, sessions = new Set(), calls = 0;
    const job = importHar(file, file.name, {
      onBatch: (b) => {
        if (firstSession < 0 && b.sessions.length > 0) firstSession = performance.now() - t0;
        for (const s of b.sessions) sessions.add(s.key);
        calls += b.entries.length;
      },
    });
    const result = await job.result;
    const loaded = performance.now() - t0;
    if (result.status !== 'done') throw new Error('import ' + result.status + ': ' + (result.message ?? ''));
    await new Promise((r) => setTimeout(r, 100));
    observer.disconnect();
    const during = tasks.filter((t) => t.startTime >= t0 && t.startTime <= t0 + loaded);
    const attributed = during.map((t) => Math.round(t.duration) + ' ms at ' + Math.round(t.startTime - t0));
    return { attributed, firstSessionMs: firstSession, loadedMs: loaded, longestTaskMs: Math.max(0, ...during.map((t) => t.duration)), bytes: file.size, sessions: sessions.size, calls };
  })()`;
}

