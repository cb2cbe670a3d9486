import { performance } from 'node:perf_hooks';
import type { CapturedCall } from '../src/core/call.js';
import { Inspector } from '../src/core/inspector.js';
import { generateCorpus, generateSession } from './corpus.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
/** A throughput run takes a fifth of a second: more of them cost little and steady the median. */
const THROUGHPUT_RUNS = Math.max(RUNS, 21);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function timeIt(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

function bodies(calls: CapturedCall[]): string[] {
  return calls.map((c) => (c.requestBody.kind === 'text' ? c.requestBody.text : ''));
}

/** Inspection throughput against JSON.parse alone on the same bodies. */
function throughput(): { events: number; sessions: number; parseMs: number; inspectMs: number; ratio: number; findings: number } {
  const sessions = 200;
  const corpus = generateCorpus(sessions, 500);
  const texts = bodies(corpus);
  let sink = 0;
  const parse: number[] = [];
  const inspect: number[] = [];
  const ratios: number[] = [];
  let findings = 0;
  // Each inspection run is paired with a parse run just before it, and the ratio taken per pair:
  // on a shared machine the speed of both drifts together, so the pairs' ratios vary far less
  // than either time does.
  for (let run = 0; run < THROUGHPUT_RUNS + 1; run++) {
    const p = timeIt(() => {
      for (const t of texts) sink += (JSON.parse(t) as { playerTime: { ts: number } }).playerTime.ts & 1;
    });
    let inspector!: Inspector;
    const i = timeIt(() => {
      inspector = new Inspector();
      for (const c of corpus) inspector.push(c);
      inspector.finish();
    });
    if (run === 0) continue; // warm-up
    parse.push(p);
    inspect.push(i);
    ratios.push(p / i);
    findings = inspector.sessions().reduce((n, s) => n + s.errors + s.warnings, 0);
  }
  if (sink < 0) console.log(sink);
  return { events: corpus.length, sessions, parseMs: median(parse), inspectMs: median(inspect), ratio: median(ratios), findings };
}

/** Runs of the long session: each is 100,000 pushes, a sixth of a second. */
const GROWTH_RUNS = Math.max(RUNS, 15);

/**
 * The cost per call at the end of one long session against its start. As for throughput, the
 * ratio is taken per run (the end against the start of the same run) and the median of those
 * reported: each window is only a few milliseconds, and on a shared machine the medians of the
 * start and end times taken apart swung from 0.65x to 1.4x between runs.
 */
function perCallGrowth(): { events: number; startUs: number; endUs: number; ratio: number } {
  const events = 100_000;
  const window = 5_000;
  const calls = generateSession(1, events);
  const starts: number[] = [];
  const ends: number[] = [];
  const ratios: number[] = [];
  for (let run = 0; run < GROWTH_RUNS + 1; run++) {
    const inspector = new Inspector();
    const s = timeIt(() => {
      for (let k = 0; k < window; k++) inspector.push(calls[k]!);
    });
    for (let k = window; k < calls.length - window; k++) inspector.push(calls[k]!);
    const e = timeIt(() => {
      for (let k = calls.length - window; k < calls.length; k++) inspector.push(calls[k]!);
    });
    if (run === 0) continue;
    starts.push((s * 1000) / window);
    ends.push((e * 1000) / window);
    ratios.push(e / s);
  }
  return { events: calls.length, startUs: median(starts), endUs: median(ends), ratio: median(ratios) };
}

const t = throughput();
const g = perCallGrowth();
const ratio = t.ratio;
const growth = g.ratio;
console.log(`Core inspection, as bundled for the CLI and the extension (medians of ${THROUGHPUT_RUNS} and ${GROWTH_RUNS} runs)`);
console.log(`  corpus: ${t.events} events in ${t.sessions} sessions (${t.findings} error/warning findings)`);
console.log(`  JSON.parse alone: ${t.parseMs.toFixed(1)} ms   inspection: ${t.inspectMs.toFixed(1)} ms (${((t.events / t.inspectMs) * 1000).toFixed(0)} events/s)`);
console.log(`  throughput ratio inspection/JSON.parse: ${ratio.toFixed(3)}, median of paired runs (target >= 0.5)`);
console.log(`  one ${g.events}-event session: ${g.startUs.toFixed(2)} µs/call over the first 5000, ${g.endUs.toFixed(2)} µs/call over the last 5000`);
console.log(`  cost per call end/start: ${growth.toFixed(2)}x, median of per-run ratios (target <= 1.2x)`);
