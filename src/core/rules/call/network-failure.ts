import type { CallRule } from '../rule.js';

export const networkFailure: CallRule = {
  kind: 'call',
  meta: {
    id: 'network-failure',
    title: 'Call never reached the server',
    severity: 'error',
    docs: ['setHttpRequest'],
    summary:
      'The request failed before any response (DNS, connection, CORS, a blocker, or the page unloading): the server never saw the event.',
  },
  triggers: { traits: ['unusual-outcome'] },
  check({ call }, report) {
    if (call.networkError === undefined && call.status !== 0) return;
    report({
      message: `The call failed on the network (${call.networkError ?? 'no response'}): the server never received this event.`,
      action: 'Check connectivity, CORS and content blockers; events at page unload are best sent with sendBeacon or fetch keepalive.',
    });
  },
};
