import { message } from '../../../i18n/message.js';
import { sidFromLocation } from '../../classify.js';
import type { CallRule } from '../rule.js';

export const missingLocation: CallRule = {
  kind: 'call',
  meta: {
    id: 'missing-location',
    title: 'rules-call.missing-location.title',
    severity: 'warning',
    docs: ['obtainSid', 'sessionsRequest'],
    summary:
      'A 201 to the sessions call carries the new sid in `Location: /api/v1/sessions/{sid}`. Without it the player cannot send events, and the inspector cannot link them to this sessionStart.',
  },
  triggers: { traits: ['sessions-endpoint'] },
  check({ call, api }, report) {
    if (api.kind !== 'sessions' || call.status !== 201 || sidFromLocation(call) !== undefined) return;
    report({
      message: message('rules-call.missing-location.message'),
      action: message('rules-call.missing-location.action'),
    });
  },
};
