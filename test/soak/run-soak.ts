import { startApiServer } from '../e2e/support/api-server.js';
import { callsOf, panelState, storedEntries, waitUntil } from '../e2e/support/captured.js';
import { launchChromium } from '../e2e/support/chromium.js';
import type { BrowserTab } from '../e2e/support/harness.js';
import { WorkerWatch, type MemorySample } from '../e2e/support/worker-watch.js';
import { readStoredTabs } from '../../src/background/stored-records.js';
import { waitUntilSteady } from '../support/poll.js';
import { READ_PAGE_COUNT, READ_STORED_SEQUENCE, readSentAt, trafficScript, type PageCount } from './page-traffic.js';

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

/** A call whose body storage never held, by sequence number. */
export interface NeverStored {
  sequence: number;
  /** Milliseconds from the nearest forced stop (its start to its end counts as 0); negative: before it. */
  fromStopMs: number;
}

/** How often the run reads which bodies storage holds: far less than a call stays stored before the quota drops it. */
const STORED_READ_EVERY_MS = 5000;

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
  /**
   * The calls whose body storage never held (read every few seconds through the run), each
   * with how far from the nearest forced stop of the worker it was sent. The missing calls are
   * among them, as are the calls kept without their body.
   */
  neverStored: NeverStored[];
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
    // Every sequence number storage ever held a body for: a call dropped for room was held first.
    // Read inside an extension page, so that only the numbers cross to the test, not 10 MB of bodies.
    const probe = await chromium.openExtensionPage('panel.html');
    const everStored = new Set<number>();
    const readStored = async () => {
      for (const n of await probe.evaluate<number[]>(READ_STORED_SEQUENCE)) everStored.add(n);
    };
    let nextStoredRead = startedAt;
    const stops: Array<[number, number]> = [];
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
      if (now >= nextStoredRead) {
        await readStored();
        nextStoredRead += STORED_READ_EVERY_MS;
      }
      if (now >= nextStop && page.sent < page.total) {
        await watch.release();
        const stopping = Date.now();
        await chromium.stopBackground();
        stops.push([stopping, Date.now()]);
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
    await readStored();
    const neverStored = await whereNeverStored(tab, everStored, page.sent, stops);
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
      neverStored,
      wrong: wrongBodies + (calls.length - ids.size),
      workerStops: stops.length,
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

/** The calls of `0..sent-1` not in `everStored`, each placed against the nearest of `stops`. */
async function whereNeverStored(tab: BrowserTab, everStored: ReadonlySet<number>, sent: number, stops: ReadonlyArray<[number, number]>): Promise<NeverStored[]> {
  const sequence = Array.from({ length: sent }, (_, i) => i).filter((i) => !everStored.has(i));
  const sentAt = await tab.evaluate<number[]>(readSentAt(sequence));
  const fromStop = (at: number) => {
    const offsets = stops.map(([begin, end]) => (at < begin ? at - begin : at > end ? at - end : 0));
    return offsets.reduce((near, o) => (Math.abs(o) < Math.abs(near) ? o : near), Number.POSITIVE_INFINITY);
  };
  return sequence.map((n, i) => ({ sequence: n, fromStopMs: fromStop(sentAt[i]!) }));
}

async function finalSample(watch: WorkerWatch, panelUrl: string, startedAt: number, sent: number): Promise<SoakSample> {
  const sample: SoakSample = { atS: Math.round((Date.now() - startedAt) / 1000), sent };
  const [worker, panel] = await Promise.all([watch.workerMemory(), watch.pageMemory(panelUrl)]);
  if (worker) sample.worker = worker;
  if (panel) sample.panel = panel;
  return sample;
}

/** How near a forced stop a call must be sent for the stop to explain its loss. */
const NEAR_STOP_MS = 1000;

/**
 * The losses the forced stops do not explain; none when nothing was lost silently. A call is
 * lost whole only when the browser reports both its start and its answer to the worker it is
 * stopping: the events die with that worker, and no worker can know of the call (seen twice in
 * a dozen two-minute runs, 1 call each). So a call whose body storage never held must have been
 * sent within a second of a stop, a stop loses one call at most, and every call missing at the
 * end must be one storage never held (not one stored and then gone without being counted).
 */
export function unexplainedLosses(report: SoakReport): string[] {
  const out: string[] = [];
  const far = report.neverStored.filter((n) => Math.abs(n.fromStopMs) > NEAR_STOP_MS);
  if (far.length > 0) {
    out.push(`never stored though sent away from every forced stop: ${far.slice(0, 10).map((n) => `#${n.sequence} (${n.fromStopMs} ms)`).join(', ')}${far.length > 10 ? ` and ${far.length - 10} more` : ''}`);
  }
  if (report.missing > report.workerStops) out.push(`lost whole: ${report.missing} calls in ${report.workerStops} forced stops, more than one a stop`);
  if (report.neverStored.length < report.missing + report.withoutBody) {
    out.push(`missing ${report.missing} and kept without body ${report.withoutBody}, but never stored ${report.neverStored.length}: some stored calls went uncounted`);
  }
  return out;
}

/** The report as lines a person reads: the accounting, then memory over time. */
export function describeSoak(report: SoakReport): string[] {
  const mb = (bytes: number | undefined) => (bytes === undefined ? '-' : `${(bytes / 1048576).toFixed(1)} MB`);
  return [
    `calls sent ${report.sent} (server received ${report.received})`,
    `stored ${report.stored}: complete ${report.complete}, body lost ${report.withoutBody}, outcome lost ${report.withoutOutcome}`,
    `dropped by the storage-quota policy ${report.dropped}; the panel shows ${report.panelCalls} calls and "${report.panelDropped} oldest dropped (storage full)"`,
    `lost whole ${report.missing} (neither stored nor counted); wrong or duplicated ${report.wrong}`,
    `bodies never in storage ${report.neverStored.length}${report.neverStored.map((n) => `; #${n.sequence} sent ${n.fromStopMs} ms from a forced stop`).join('')}`,
    `worker stopped ${report.workerStops} times, started ${report.workerStarts} times; worker console errors ${report.workerErrors.length}`,
    ...report.workerErrors.map((e) => `  error: ${e.split('\n')[0]}`),
    `peak memory: worker ${mb(report.peakWorkerHeap)}, panel ${mb(report.peakPanelHeap)} (JS heap used)`,
    'memory over time (s, sent, worker heap used/total, panel heap used/total):',
    ...report.samples.map(
      (s) => `  ${String(s.atS).padStart(5)} ${String(s.sent).padStart(6)}  ${mb(s.worker?.heapUsed)}/${mb(s.worker?.heapTotal)}  ${mb(s.panel?.heapUsed)}/${mb(s.panel?.heapTotal)}`,
    ),
    ...unexplainedLosses(report).map((l) => `unexplained: ${l}`),
  ];
}
