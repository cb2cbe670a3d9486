import { message } from '../../../i18n/message.js';
import type { CallRule } from '../rule.js';

/** Beyond this delay the docs say the server's reordering "may fail" (mc-api-ctrl-order.md). */
export const REORDER_SAFE_MS = 1_000;

export const outOfOrderArrival: CallRule = {
  kind: 'call',
  meta: {
    id: 'out-of-order-arrival',
    title: 'rules-call.out-of-order-arrival.title',
    severity: 'warning',
    docs: ['controlOrder'],
    edgeDocs: ['edgeExamples', 'controlOrder'],
    summary:
      'The server buffers events (5 s or 10 events) and reorders them by ts, so an event may arrive after a later one; the sequence checks use ts order as the server does. If the later event\'s ts is more than 1 s ahead, the docs warn that reordering may fail.',
    choice:
      'The buffer is 5 s / 10 events, yet reordering "may fail" beyond 1 s (C11): within 1 s this is info, beyond it a warning.',
  },
  triggers: { traits: ['late'] },
  check({ late }, report) {
    if (!late) return;
    const ms = late.byMs;
    report({
      severity: ms > REORDER_SAFE_MS ? 'warning' : 'info',
      message:
        ms > REORDER_SAFE_MS
          ? message('rules-call.out-of-order-arrival.beyond', { seconds: ms / 1000 })
          : message('rules-call.out-of-order-arrival.within', { ms }),
      action: message('rules-call.out-of-order-arrival.action'),
      contradiction: 'c11',
      relatedCallIds: [late.afterCallId],
    });
  },
};
