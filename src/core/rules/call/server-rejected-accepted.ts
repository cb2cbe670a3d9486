import { message } from '../../../i18n/message.js';
import type { CallRule } from '../rule.js';
import { responseExcerpt } from './http-status.js';

/**
 * The server is the last word on a body's form. When it refuses one our schema passes, our rules
 * are missing something it checks: saying so, with its message, shows the gap instead of hiding it
 * behind the 400 finding alone.
 */
export const serverRejectedAccepted: CallRule = {
  kind: 'call',
  meta: {
    id: 'server-rejected-accepted',
    title: 'rules-call.server-rejected-accepted.title',
    severity: 'warning',
    docs: ['jsonValidation', 'validateRequests'],
    summary:
      "The server answered 400 to a body that passes this tool's schema for its eventType: the server checks something our rules do not. The finding carries the server's message when it is known (from a HAR, or read in DevTools), so the gap can be reported and a rule added. The http-400 finding on the same call says the event is lost.",
  },
  triggers: { traits: ['unusual-outcome'] },
  check({ call, body, eventType, schemaIssues }, report) {
    if (call.status !== 400 || body.kind !== 'json' || eventType === undefined || schemaIssues.length > 0) return;
    const reply = responseExcerpt(call);
    report({
      message:
        reply === undefined
          ? message('rules-call.server-rejected-accepted.message-no-reply', { eventType })
          : message('rules-call.server-rejected-accepted.message', { eventType, reply }),
      action: message('rules-call.server-rejected-accepted.action'),
    });
  },
};
