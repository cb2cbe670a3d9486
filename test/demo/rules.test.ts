import { describe, expect, it } from 'vitest';
import { inspectAll } from '../../src/core/inspect-all.js';
import { SCENARIOS, SCENARIO_NAMES, type Scenario } from '../../src/demo/player/scenarios/index.js';
import { capturedCalls } from './captured-calls.js';

/**
 * The demo's scenarios through the core's inspector, as the extension will see them: each call
 * settled with the status the mock answers. The clean one must draw nothing; the others must
 * draw what they were written to show, and nothing on the calls that are fine.
 */
const START = 1_760_000_000_000;

function findings(scenario: Scenario) {
  const calls = capturedCalls(scenario);
  const inspector = inspectAll(calls);
  return calls.map((call, i) => ({ call: scenario.calls[i]!, findings: inspector.findingsOf(call.id) }));
}

describe("the demo scenarios through the core's rules", () => {
  it('clean: no finding at all', () => {
    const all = findings(SCENARIOS.clean(START)).flatMap((f) => f.findings);
    expect(all.map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
  });

  it('ads-outside-break: the adStart and adComplete are reported as outside an ad break', () => {
    const result = findings(SCENARIOS['ads-outside-break'](START));
    const flagged = result.filter((r) => r.findings.some((f) => f.rule === 'ad-outside-break'));
    expect(flagged.map((r) => (r.call.payload as { json: { eventType: string } }).json.eventType)).toEqual([
      'adStart',
      'adComplete',
    ]);
  });

  it.each(SCENARIO_NAMES)('%s: an error on every refused call, none on the accepted ones', (name) => {
    for (const { call, findings: found } of findings(SCENARIOS[name](START))) {
      const errors = found.filter((f) => f.severity === 'error');
      if (call.expect >= 400) expect(errors.length, `@${call.atMs}`).toBeGreaterThan(0);
      if (call.expect < 300 && name !== 'ads-outside-break') {
        expect(errors.map((f) => f.rule), `@${call.atMs}`).toEqual([]);
      }
    }
  });
});
