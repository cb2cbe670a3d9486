import { describe, expect, it } from 'vitest';
import { unexplainedLosses, type SoakReport } from './run-soak.js';

/** A two-minute soak's accounting, with four forced stops and nothing lost. */
function report(change: Partial<SoakReport>): SoakReport {
  return {
    sent: 6000,
    received: 6000,
    stored: 3600,
    complete: 3600,
    incomplete: 0,
    withoutBody: 0,
    withoutOutcome: 0,
    dropped: 2400,
    panelCalls: 3600,
    panelDropped: 2400,
    missing: 0,
    neverStored: [],
    wrong: 0,
    workerStops: 4,
    workerStarts: 5,
    workerErrors: [],
    samples: [],
    peakWorkerHeap: 0,
    peakPanelHeap: 0,
    ...change,
  };
}

describe('the soak judges each call lost whole against the forced stops', () => {
  it('explains nothing when nothing was lost', () => {
    expect(unexplainedLosses(report({}))).toEqual([]);
  });

  it('accepts a call the browser lost with the worker it stopped: sent during or just by a stop', () => {
    const lost = report({ stored: 3599, complete: 3599, missing: 1, neverStored: [{ sequence: 1502, fromStopMs: 0 }] });
    expect(unexplainedLosses(lost)).toEqual([]);
    const bodyless = report({ withoutBody: 1, missing: 1, neverStored: [{ sequence: 3010, fromStopMs: -40 }, { sequence: 3011, fromStopMs: 220 }] });
    expect(unexplainedLosses(bodyless)).toEqual([]);
  });

  it('fails a call never stored though sent far from every stop', () => {
    const lost = report({ missing: 1, neverStored: [{ sequence: 900, fromStopMs: 12_000 }] });
    expect(unexplainedLosses(lost)).toEqual(['never stored though sent away from every forced stop: #900 (12000 ms)']);
  });

  it('fails more calls lost whole than there were stops', () => {
    const neverStored = [1, 2, 3, 4, 5].map((sequence) => ({ sequence, fromStopMs: 0 }));
    expect(unexplainedLosses(report({ missing: 5, neverStored }))).toEqual(['lost whole: 5 calls in 4 forced stops, more than one a stop']);
  });

  it('fails a call missing at the end that storage once held: stored, then gone without being counted', () => {
    expect(unexplainedLosses(report({ missing: 1 }))).toEqual([
      'missing 1 and kept without body 0, but never stored 0: some stored calls went uncounted',
    ]);
  });
});
