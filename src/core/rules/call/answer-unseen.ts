import { message } from '../../../i18n/message.js';
import { acceptedUnseen } from '../../acceptance.js';
import type { CallRule } from '../rule.js';

/**
 * Says how a call whose answer was never seen was judged (see CapturedCall.unanswered), so that
 * a verdict made on the request alone is not taken for one made on the answer.
 */
export const answerUnseen: CallRule = {
  kind: 'call',
  meta: {
    id: 'answer-unseen',
    title: 'rules-call.answer-unseen.title',
    severity: 'info',
    docs: ['validateRequests'],
    summary:
      "The extension's background was stopped before the call's answer came, so the call is judged on its request alone: the server checks only each body's form, so a body that passes the schema is judged as accepted (its event goes to the sequence rules) and any other as rejected. The rules about the answer (status codes, Location, the Edge's errors) cannot run. When the answer is read after all (DevTools' network log), the call is judged again on it.",
  },
  triggers: { traits: ['unusual-outcome'] },
  check({ call, body, event, schemaIssues }, report) {
    if (call.unanswered !== true) return;
    const said =
      body.kind === 'withheld'
        ? 'rules-call.answer-unseen.unread'
        : acceptedUnseen(body, event, schemaIssues)
          ? 'rules-call.answer-unseen.accepted'
          : 'rules-call.answer-unseen.rejected';
    report({ message: message(said), action: message('rules-call.answer-unseen.action') });
  },
};
