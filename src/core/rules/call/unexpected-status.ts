import { message } from '../../../i18n/message.js';
import type { CallRule } from '../rule.js';
import { statusMeaning } from './http-status.js';

export const unexpectedStatus: CallRule = {
  kind: 'call',
  meta: {
    id: 'unexpected-status',
    title: 'rules-call.unexpected-status.title',
    severity: 'warning',
    docs: ['sessionsRequest', 'eventsRequest'],
    summary:
      'The sessions call answers 201, 400 or 500, and the events call 204, 400, 404, 410 or 500. Any other status (a proxy, a mock or a redirect in between) is reported.',
  },
  triggers: { traits: ['unusual-outcome'] },
  check({ call, api }, report) {
    const status = call.status;
    if (status === undefined || status === 0 || statusMeaning(api.kind, status)) return;
    report({
      message: message('rules-call.unexpected-status.message', { status, endpoint: api.kind === 'sessions' ? 'sessions' : 'events' }),
      action: message('rules-call.unexpected-status.action'),
    });
  },
};
