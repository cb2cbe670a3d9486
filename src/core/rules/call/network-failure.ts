import { message } from '../../../i18n/message.js';
import type { CallRule } from '../rule.js';

/** Chrome's and Firefox's words for a request the page itself gave up (navigated away, closed, aborted). */
const CANCELLED = /^(net::ERR_ABORTED|NS_BINDING_ABORTED)$/;

export const networkFailure: CallRule = {
  kind: 'call',
  meta: {
    id: 'network-failure',
    title: 'rules-call.network-failure.title',
    severity: 'error',
    docs: ['setHttpRequest'],
    summary:
      'The request failed before any response (DNS, connection, CORS, a blocker, or the page unloading): the server never saw the event.',
  },
  triggers: { traits: ['unusual-outcome'] },
  check({ call }, report) {
    if (call.networkError === undefined && call.status !== 0) return;
    if (call.networkError !== undefined && CANCELLED.test(call.networkError)) {
      report({
        message: `The page cancelled the call before its answer came (${call.networkError}): it left or closed, or the player aborted the call. The server may not have received this event.`,
        action: 'Send the events a page sends as it unloads with sendBeacon or fetch keepalive, which outlive the page.',
      });
      return;
    }
    report({
      message:
        call.networkError === undefined
          ? message('rules-call.network-failure.no-response')
          : message('rules-call.network-failure.message', { error: call.networkError }),
      action: message('rules-call.network-failure.action'),
    });
  },
};
