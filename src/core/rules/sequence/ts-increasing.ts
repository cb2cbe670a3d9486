import type { SequenceRule } from '../rule.js';

interface State {
  /** NaN before the first event, equal to no ts. (A number field, not undefined: see ping-cadence.) */
  prevTs: number;
  prevCallId: string;
}

export const tsIncreasing: SequenceRule<State> = {
  kind: 'sequence',
  meta: {
    id: 'ts-not-increasing',
    title: 'Two events with the same ts',
    severity: 'warning',
    docs: ['controlOrder'],
    summary:
      'The server orders a session\'s events by playerTime.ts, so two events must never carry the same ts: keep them at least 1 ms apart. (Events that reach the network out of ts order are judged by the out-of-order-arrival rule.)',
  },
  init: () => ({ prevTs: NaN, prevCallId: '' }),
  clone: (s) => ({ ...s }),
  onEvent(s, e, report) {
    if (s.prevTs === e.ts) {
      report({
        message: `${e.eventType} has the same ts (${e.ts}) as the event before it, so the server cannot tell their order.`,
        action: 'Give consecutive events distinct ts values, at least 1 ms apart.',
        pointer: '/playerTime/ts',
        relatedCallIds: [s.prevCallId],
      });
    }
    s.prevTs = e.ts;
    s.prevCallId = e.callId;
  },
};
