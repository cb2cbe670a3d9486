import type { CallRule } from '../rule.js';

export const wrongEndpoint: CallRule = {
  kind: 'call',
  meta: {
    id: 'wrong-endpoint',
    title: 'Event sent to the wrong endpoint',
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
        message: `${event.eventType} was sent to /api/v1/sessions, which accepts only sessionStart.`,
        action: 'Send sessionStart to /api/v1/sessions, then this event to /api/v1/sessions/{sid}/events with the sid from the Location header.',
        pointer: '/eventType',
      });
    } else if (api.kind === 'events' && event.eventType === 'sessionStart') {
      report({
        message: 'sessionStart was sent to an events URL: a session is opened only by POST /api/v1/sessions.',
        action: 'POST sessionStart to /api/v1/sessions and read the new sid from the Location header of the 201.',
        pointer: '/eventType',
      });
    }
  },
};
