import { writeFile } from 'node:fs/promises';
import { startApiServer } from '../test/e2e/support/api-server.js';
import { launchChromium } from '../test/e2e/support/chromium.js';
import { generatedHarFile } from '../test/e2e/support/har-import-page.js';
import { median } from '../test/e2e/support/measure.js';
import { requireFreshBuild } from './fresh-build.js';

/*
 * The panel's main-thread tasks during a HAR import, from Chromium's performance trace: the
 * file dropped on the panel as bench/har-import.ts drops it, the trace recorded meanwhile. Each
 * task is given in CPU time (the trace's thread time) beside its wall time: on a machine shared
 * with other work the wall time of a task is mostly time spent waiting for a core, its CPU time
 * is what the task costs, and builds can be compared by it where long-task figures are noise.
 *
 *   TRACE_MB=100 (the file's size), TRACE_RUNS=3, TRACE_OUT=file.json (the last run's trace, to
 *   open in DevTools' Performance panel), BENCH_EXTENSION=dir (another build of dist/chrome).
 *   TRACE_TASKS=n lists the n costliest tasks of each run with what took their time.
 */
const MB = Number(process.env.TRACE_MB ?? 100);
const RUNS = Number(process.env.TRACE_RUNS ?? 3);
const LISTED = Number(process.env.TRACE_TASKS ?? 0);
const EXTENSION = process.env.BENCH_EXTENSION;
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink', 'toplevel', 'disabled-by-default-v8.gc', 'blink.user_timing'];

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
}

interface Task {
  at: number;
  wallMs: number;
  cpuMs: number;
  /** What took its time: the costliest kinds of event in it (ms of wall time, nested ones counted in each). */
  parts: string;
}

if (!EXTENSION) requireFreshBuild('bench/har-trace.ts');
const server = await startApiServer();
const chromium = await launchChromium({ args: ['--js-flags=--expose-gc'], cdp: true, ...(EXTENSION && { extension: EXTENSION }) });
const runs: { loadedMs: number; tasks: Task[] }[] = [];
try {
  const tab = await chromium.openTab(`${server.url}page`);
  for (let run = 0; run < RUNS; run++) {
    const panel = await chromium.openPanel(tab.tabId);
    await panel.setViewport(1200, 500);
    await panel.evaluate(`(window.harFile = ${generatedHarFile(MB)}, gc(), 0)`);
    const cdp = await chromium.browserCdp();
    const events: TraceEvent[] = [];
    cdp.on<{ value: TraceEvent[] }>('Tracing.dataCollected', (p) => events.push(...p.value));
    const complete = new Promise<void>((resolve) => cdp.on('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' }, transferMode: 'ReportEvents' });
    const loadedMs = await panel.evaluate<number>(dropAndWait());
    await cdp.send('Tracing.end');
    await complete;
    cdp.close();
    await panel.close();
    if (process.env.TRACE_OUT && run === RUNS - 1) await writeFile(process.env.TRACE_OUT, JSON.stringify({ traceEvents: events }));
    runs.push({ loadedMs, tasks: tasksAfterDrop(events) });
    if (LISTED > 0) {
      const top = [...runs.at(-1)!.tasks].sort((a, b) => b.cpuMs - a.cpuMs).slice(0, LISTED);
      console.log(`  run ${run + 1}: ${top.map((t) => `\n    ${t.cpuMs.toFixed(0)} ms CPU (${t.wallMs.toFixed(0)} wall) at ${t.at.toFixed(0)}: ${t.parts}`).join('')}`);
    }
  }
} finally {
  await chromium.close();
  await server.close();
}
const costliest = runs.map((r) => Math.max(...r.tasks.map((t) => t.cpuMs)));
const over50 = runs.map((r) => r.tasks.filter((t) => t.cpuMs > 50).length);
const total = runs.map((r) => r.tasks.reduce((n, t) => n + t.cpuMs, 0));
console.log(`\nHAR import of ${MB} MB traced, ${RUNS} runs (medians; the panel's main thread from the drop until the file shows as loaded)`);
console.log(`  costliest task ${median(costliest).toFixed(0)} ms CPU (runs: ${costliest.map((x) => x.toFixed(0)).join(', ')}); tasks over 50 ms CPU: ${median(over50)}`);
console.log(`  main thread busy ${median(total).toFixed(0)} ms CPU; loaded after ${median(runs.map((r) => r.loadedMs)).toFixed(0)} ms wall (traced, so slower than untraced)`);

/** Drops the file on the panel (built beforehand as window.harFile) and waits for it to show as loaded. */
function dropAndWait(): string {
  return `(async () => {
    await new Promise((r) => setTimeout(r, 300));
    const done = new Promise((resolve) => {
      const seen = new MutationObserver(() => {
        if (document.querySelector('.imported-file')?.dataset.status === 'done' || document.querySelector('.file-message')) { seen.disconnect(); resolve(); }
      });
      seen.observe(document.querySelector('.panel'), { subtree: true, childList: true, attributes: true });
    });
    const data = new DataTransfer();
    data.items.add(window.harFile);
    window.harFile = undefined;
    const target = document.querySelector('.panel .body');
    performance.mark('har-drop');
    const t0 = performance.now();
    for (const type of ['dragenter', 'dragover', 'drop']) target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
    await done;
    const loaded = performance.now() - t0;
    performance.mark('har-loaded');
    return loaded;
  })()`;
}

/** The tasks of the thread that marked the drop (the panel's main thread), between the drop and the file shown as loaded. */
function tasksAfterDrop(events: TraceEvent[]): Task[] {
  const drop = events.find((e) => e.name === 'har-drop');
  const loaded = events.find((e) => e.name === 'har-loaded');
  if (!drop || !loaded) throw new Error('the trace has no har-drop or har-loaded mark');
  const thread = events.filter((e) => e.pid === drop.pid && e.tid === drop.tid && e.ph === 'X');
  return thread
    .filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.ts + e.dur! >= drop.ts && e.ts <= loaded.ts)
    .map((task) => {
      const end = task.ts + task.dur!;
      const byName = new Map<string, number>();
      for (const e of thread) if (e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end) byName.set(e.name, (byName.get(e.name) ?? 0) + (e.dur ?? 0));
      const parts = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([n, d]) => `${n} ${(d / 1000).toFixed(0)}`).join(', ');
      return { at: (task.ts - drop.ts) / 1000, wallMs: task.dur! / 1000, cpuMs: (task.tdur ?? task.dur!) / 1000, parts };
    });
}
