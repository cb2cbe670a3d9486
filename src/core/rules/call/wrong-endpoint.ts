import { message } from '../../../i18n/message.js';
import type { CallRule } from '../rule.js';

export const wrongEndpoint: CallRule = {
  kind: 'call',
  meta: {
    id: 'wrong-endpoint',
    title: 'rules-call.wrong-endpoint.title',
    severity: 'error',
    docs: ['sessionsRequest', 'eventsRequest'],
    summary:
      'sessionStart goes to /api/v1/sessions, which accepts only session initialisation; every other event goes to /api/v1/sessions/{sid}/events.',
  },
  triggers: { traits: ['sessions-endpoint'], eventTypes: ['sessionStart'] },
  check({ api, event }, report) {
    if (!event) return;
    if (api.kind === 'sessions' && event.eventType !== 'sessionStart') {
      report({
        message: message('rules-call.wrong-endpoint.to-sessions', { eventType: event.eventType }),
        action: message('rules-call.wrong-endpoint.to-sessions.action'),
        pointer: '/eventType',
      });
    } else if (api.kind === 'events' && event.eventType === 'sessionStart') {
      report({
        message: message('rules-call.wrong-endpoint.start-to-events'),
        action: message('rules-call.wrong-endpoint.start-to-events.action'),
        pointer: '/eventType',
      });
    }
  },
};
