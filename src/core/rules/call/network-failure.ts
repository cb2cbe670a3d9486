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
        message: message('rules-call.network-failure.cancelled', { error: call.networkError }),
        action: message('rules-call.network-failure.cancelled-action'),
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
