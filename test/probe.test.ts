import { test } from 'vitest';
import { inspectAll } from '../src/core/inspect-all.js';
import { timelineCalls, TIMELINES } from '../test/support/timelines.js';
test('probe', () => {
  for (const t of TIMELINES) {
    const calls = timelineCalls(t);
    const i = inspectAll(calls);
    for (const c of calls) for (const f of i.findingsOf(c.id)) if (process.env.ALL || ['time-unit','content-in-ad-break','playhead-progress','previous-session-open'].includes(f.rule)) process.stdout.write('\n'+[t, c.id, f.rule, f.severity, f.message].join(' '));
  }
});
