import { describe, expect, test } from 'vitest';
import { inspectAll } from '../../src/core/inspect-all.js';
import { ruleMeta } from '../../src/core/rules/index.js';
import { TIMELINES, timelineCalls } from '../support/timelines.js';

describe.each(TIMELINES)("Adobe's %s", (name) => {
  const calls = timelineCalls(name);
  const inspector = inspectAll(calls);
  const findings = calls.flatMap((c) => inspector.findingsOf(c.id));

  test('gives no error', () => {
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('every warning comes from a rule that documents why the docs disagree', () => {
    for (const f of findings.filter((x) => x.severity === 'warning')) {
      expect(ruleMeta(f.rule)?.choice, `${f.rule} on call ${f.callId}`).toBeTruthy();
    }
  });

  test('forms one session, started and linked by its sid', () => {
    const sessions = inspector.sessions();
    expect(sessions).toHaveLength(1);
    expect(sessions[0]!.startSeen).toBe(true);
    expect(sessions[0]!.callIds).toHaveLength(calls.length);
  });
});

test('timeline 2 ends as an abandoned session inside an ad, noted as info', () => {
  const calls = timelineCalls('timeline-2');
  const inspector = inspectAll(calls);
  const last = inspector.findingsOf(calls[calls.length - 1]!.id);
  expect(last.map((f) => [f.rule, f.severity])).toEqual([
    ['ad-break-pairing', 'info'],
    ['ad-closure', 'info'],
  ]);
  expect(inspector.sessions()[0]!.state).toBe('ended');
});
