import { startApiServer } from '../e2e/support/api-server.js';
import { callsOf, panelState, storedEntries, waitUntil } from '../e2e/support/captured.js';
import { launchChromium } from '../e2e/support/chromium.js';
import type { BrowserTab } from '../e2e/support/harness.js';
import { WorkerWatch, type MemorySample } from '../e2e/support/worker-watch.js';
import { readStoredTabs } from '../../src/background/stored-records.js';
import { waitUntilSteady } from '../support/poll.js';
import { READ_PAGE_COUNT, trafficScript, type PageCount } from './page-traffic.js';

export interface SoakOptions {
  durationMs: number;
  /** Calls a second. */
  rate: number;
  /** The worker is stopped this often. */
  stopEveryMs: number;
  /** Memory is read this often. */
  sampleEveryMs: number;
  /** Custom metadata in each body, characters. */
  padBytes: number;
  /** Told each sample as it is taken (the command line prints them). */
  onSample?(sample: SoakSample): void;
}

export interface SoakSample {
  atS: number;
  sent: number;
  worker?: MemorySample;
  panel?: MemorySample;
}

/** What the soak found: every call sent is complete, marked incomplete, counted as dropped, or missing. */
export interface SoakReport {
  sent: number;
  /** The server's count, the ground truth for `sent`. */
  received: number;
  stored: number;
  /** Request body and outcome both kept. */
  complete: number;
  /** Kept and marked incomplete: its body withheld, its outcome missing, or both. */
  incomplete: number;
  /** Kept with its body marked withheld (the worker missed its start). */
  withoutBody: number;
  /** Kept with no outcome (the worker missed its end). */
  withoutOutcome: number;
  /** Dropped by the storage-quota policy, as the background counts them. */
  dropped: number;
  /** What the panel shows: its call count and its "N oldest dropped" count. */
  panelCalls: number;
  panelDropped: number;
  /** Sent but in none of the above: lost silently. */
  missing: number;
  /** Stored calls whose body is none of the bodies sent, or stored twice. */
  wrong: number;
  workerStops: number;
  workerStarts: number;
  workerErrors: string[];
  samples: SoakSample[];
  peakWorkerHeap: number;
  peakPanelHeap: number;
}

/**
 * A page sends a session's traffic for `durationMs` while the extension's worker is stopped
 * every `stopEveryMs` and the panel (opened as a tab) follows along; then every call sent is
 * accounted for from what the background stored, and the panel's counts are read.
 */
export async function runSoak(options: SoakOptions): Promise<SoakReport> {
  const server = await startApiServer();
  const chromium = await launchChromium({ cdp: true });
  const cdp = await chromium.browserCdp();
  try {
    const origin = await chromium.evaluateInBackground<string>('location.origin');
    const watch = await WorkerWatch.start(cdp, origin);
    const tab = await chromium.openTab(`${server.url}page`);
    const panel = await chromium.openPanel(tab.tabId);
    const panelUrl = `${origin}/panel.html?tabId=${tab.tabId}`;
    const count = () => tab.evaluate<PageCount>(READ_PAGE_COUNT);

    const startedAt = Date.now();
    await tab.evaluate(trafficScript({ rate: options.rate, durationMs: options.durationMs, padBytes: options.padBytes }));
    const samples: SoakSample[] = [];
    let workerStops = 0;
    let nextStop = startedAt + options.stopEveryMs;
    let nextSample = startedAt;
    for (let page = await count(); !page.done; page = await count()) {
      const now = Date.now();
      if (now >= nextSample) {
        const sample: SoakSample = { atS: Math.round((now - startedAt) / 1000), sent: page.sent };
        const [worker, panelMemory] = await Promise.all([watch.workerMemory(), watch.pageMemory(panelUrl)]);
        if (worker) sample.worker = worker;
        if (panelMemory) sample.panel = panelMemory;
        samples.push(sample);
        options.onSample?.(sample);
        nextSample += options.sampleEveryMs;
      }
      if (now >= nextStop && page.sent < page.total) {
        await watch.release();
        await chromium.stopBackground();
        workerStops += 1;
        nextStop += options.stopEveryMs;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const page = await count();

    // A call whose events died with a worker never settles: wait until storage stops changing.
    const { calls, dropped } = await waitUntilSteady(
      async () => {
        const all = await chromium.readStorage();
        const stored = readStoredTabs(all).get(tab.tabId);
        return { calls: callsOf(stored?.entries ?? []), dropped: stored?.dropped ?? 0 };
      },
      2000,
      'the stored calls to stop changing',
      120_000,
    );
    await waitUntil(
      async () => {
        const shown = await panelState(panel);
        return shown.calls === calls.length && shown.dropped === dropped;
      },
      () => `the panel to show the ${calls.length} stored calls and ${dropped} dropped`,
      60_000,
    );
    const shown = await panelState(panel);
    samples.push(await finalSample(watch, panelUrl, startedAt, page.sent));

    const sentBodies = new Set(server.received.map((r) => r.body));
    const ids = new Set(calls.map((c) => c.call.id));
    const wrongBodies = calls.filter((c) => c.call.requestBody.kind === 'text' && !sentBodies.has(c.call.requestBody.text)).length;
    const peak = (pick: (s: SoakSample) => number | undefined) => Math.max(0, ...samples.map((s) => pick(s) ?? 0));
    return {
      sent: page.sent,
      received: server.received.length,
      stored: calls.length,
      complete: calls.filter((c) => c.settledAt !== undefined && c.call.requestBody.kind === 'text').length,
      incomplete: calls.filter((c) => c.settledAt === undefined || c.call.requestBody.kind !== 'text').length,
      withoutBody: calls.filter((c) => c.call.requestBody.kind === 'withheld').length,
      withoutOutcome: calls.filter((c) => c.settledAt === undefined).length,
      dropped,
      panelCalls: shown.calls,
      panelDropped: shown.dropped,
      missing: page.sent - calls.length - dropped,
      wrong: wrongBodies + (calls.length - ids.size),
      workerStops,
      workerStarts: watch.starts,
      workerErrors: watch.errors,
      samples,
      peakWorkerHeap: peak((s) => s.worker?.heapUsed),
      peakPanelHeap: peak((s) => s.panel?.heapUsed),
    };
  } finally {
    cdp.close();
    await chromium.close();
    await server.close();
  }
}

async function finalSample(watch: WorkerWatch, panelUrl: string, startedAt: number, sent: number): Promise<SoakSample> {
  const sample: SoakSample = { atS: Math.round((Date.now() - startedAt) / 1000), sent };
  const [worker, panel] = await Promise.all([watch.workerMemory(), watch.pageMemory(panelUrl)]);
  if (worker) sample.worker = worker;
  if (panel) sample.panel = panel;
  return sample;
}

/** The report as lines a person reads: the accounting, then memory over time. */
export function describeSoak(report: SoakReport): string[] {
  const mb = (bytes: number | undefined) => (bytes === undefined ? '-' : `${(bytes / 1048576).toFixed(1)} MB`);
  return [
    `calls sent ${report.sent} (server received ${report.received})`,
    `stored ${report.stored}: complete ${report.complete}, body lost ${report.withoutBody}, outcome lost ${report.withoutOutcome}`,
    `dropped by the storage-quota policy ${report.dropped}; the panel shows ${report.panelCalls} calls and "${report.panelDropped} oldest dropped (storage full)"`,
    `lost silently ${report.missing}; wrong or duplicated ${report.wrong}`,
    `worker stopped ${report.workerStops} times, started ${report.workerStarts} times; worker console errors ${report.workerErrors.length}`,
    ...report.workerErrors.map((e) => `  error: ${e.split('\n')[0]}`),
    `peak memory: worker ${mb(report.peakWorkerHeap)}, panel ${mb(report.peakPanelHeap)} (JS heap used)`,
    'memory over time (s, sent, worker heap used/total, panel heap used/total):',
    ...report.samples.map(
      (s) => `  ${String(s.atS).padStart(5)} ${String(s.sent).padStart(6)}  ${mb(s.worker?.heapUsed)}/${mb(s.worker?.heapTotal)}  ${mb(s.panel?.heapUsed)}/${mb(s.panel?.heapTotal)}`,
    ),
  ];
}
