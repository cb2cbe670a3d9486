import { performance } from 'node:perf_hooks';
import type { CapturedCall } from '../src/core/call.js';
import { Inspector } from '../src/core/inspector.js';
import { generateCorpus, generateSession } from './corpus.js';
import { toEdgeCorpus } from './edge-corpus.js';

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

interface Throughput {
  events: number;
  sessions: number;
  parseMs: number;
  /** A whole capture at once (pushAll, as the CLI and inspectAll feed a HAR). */
  wholeMs: number;
  wholeRatio: number;
  /** Call by call (push, as live capture feeds the background's inspector). */
  liveMs: number;
  liveRatio: number;
  findings: number;
}

const SESSIONS = 200;
const MC_CORPUS = generateCorpus(SESSIONS, 500);

/**
 * Inspection throughput against JSON.parse alone, for both ways of feeding it. The floor is
 * always JSON.parse of the Media Collection API bodies, so both APIs' figures share one floor:
 * the Media Edge corpus holds the same events, in its larger wire format.
 */
function throughput(corpus: readonly CapturedCall[]): Throughput {
  const sessions = SESSIONS;
  const texts = bodies(MC_CORPUS);
  let sink = 0;
  const parse: number[] = [];
  const whole: number[] = [];
  const live: number[] = [];
  const wholeRatios: number[] = [];
  const liveRatios: number[] = [];
  let findings = 0;
  const parseAll = () =>
    timeIt(() => {
      for (const t of texts) sink += (JSON.parse(t) as { playerTime: { ts: number } }).playerTime.ts & 1;
    });
  // Each inspection run is paired with a parse run just before it, and the ratio taken per pair:
  // on a shared machine the speed of both drifts together, so the pairs' ratios vary far less
  // than either time does.
  for (let run = 0; run < THROUGHPUT_RUNS + 1; run++) {
    let inspector!: Inspector;
    const p = parseAll();
    const w = timeIt(() => {
      inspector = new Inspector();
      inspector.pushAll(corpus);
      inspector.finish();
    });
    const p2 = parseAll();
    const l = timeIt(() => {
      const one = new Inspector();
      for (const c of corpus) one.push(c);
      one.finish();
    });
    if (run === 0) continue; // warm-up
    parse.push(p, p2);
    whole.push(w);
    live.push(l);
    wholeRatios.push(p / w);
    liveRatios.push(p2 / l);
    findings = inspector.sessions().reduce((n, s) => n + s.errors + s.warnings, 0);
  }
  if (sink < 0) console.log(sink);
  return {
    events: corpus.length,
    sessions,
    parseMs: median(parse),
    wholeMs: median(whole),
    wholeRatio: median(wholeRatios),
    liveMs: median(live),
    liveRatio: median(liveRatios),
    findings,
  };
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

const t = throughput(MC_CORPUS);
const edgeCorpus = toEdgeCorpus(MC_CORPUS);
const e = throughput(edgeCorpus);
const g = perCallGrowth();
console.log(`Core inspection, as bundled for the CLI and the extension (medians of ${THROUGHPUT_RUNS} and ${GROWTH_RUNS} runs)`);
console.log(`  corpus: ${t.events} events in ${t.sessions} sessions (${t.findings} error/warning findings)`);
console.log(`  JSON.parse alone: ${t.parseMs.toFixed(1)} ms`);
console.log(`  whole capture (pushAll, as the CLI reads a HAR): ${t.wholeMs.toFixed(1)} ms (${((t.events / t.wholeMs) * 1000).toFixed(0)} events/s)`);
console.log(`  throughput ratio inspection/JSON.parse: ${t.wholeRatio.toFixed(3)}, median of paired runs (target >= 0.5)`);
console.log(`  call by call (push, as live capture): ${t.liveMs.toFixed(1)} ms, ratio ${t.liveRatio.toFixed(3)}`);
console.log(`Media Edge API: the same ${e.events} events in its format (${(bodies(edgeCorpus).join('').length / bodies(MC_CORPUS).join('').length).toFixed(1)}x the bytes; ${e.findings} error/warning findings)`);
console.log(`  whole capture (pushAll): ${e.wholeMs.toFixed(1)} ms (${((e.events / e.wholeMs) * 1000).toFixed(0)} events/s), ratio to the same JSON.parse floor ${e.wholeRatio.toFixed(3)} (the floor measured in these runs: ${e.parseMs.toFixed(1)} ms)`);
console.log(`  call by call (push): ${e.liveMs.toFixed(1)} ms, ratio ${e.liveRatio.toFixed(3)}`);
console.log(`  one ${g.events}-event session: ${g.startUs.toFixed(2)} µs/call over the first 5000, ${g.endUs.toFixed(2)} µs/call over the last 5000`);
console.log(`  cost per call end/start: ${g.ratio.toFixed(2)}x, median of per-run ratios (target <= 1.2x)`);
