import { message } from '../../../i18n/message.js';
import type { CallRule } from '../rule.js';

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
    report({
      message:
        call.networkError === undefined
          ? message('rules-call.network-failure.no-response')
          : message('rules-call.network-failure.message', { error: call.networkError }),
      action: message('rules-call.network-failure.action'),
    });
  },
};
