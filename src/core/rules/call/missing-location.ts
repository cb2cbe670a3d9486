import { sidFromLocation } from '../../classify.js';
import type { CallRule } from '../rule.js';

export const missingLocation: CallRule = {
  kind: 'call',
  meta: {
    id: 'missing-location',
    title: 'Session created without a readable sid',
    severity: 'warning',
    docs: ['obtainSid', 'sessionsRequest'],
    summary:
      'A 201 to the sessions call carries the new sid in `Location: /api/v1/sessions/{sid}`. Without it the player cannot send events, and the inspector cannot link them to this sessionStart.',
  },
  triggers: { traits: ['sessions-endpoint'] },
  check({ call, api }, report) {
    if (api.kind !== 'sessions' || call.status !== 201 || sidFromLocation(call) !== undefined) return;
    report({
      message: '201 without a Location header of the form /api/v1/sessions/{sid}: the session\'s events cannot be linked to it.',
      action: 'Read the sid from the Location header (the response exposes it with Access-Control-Expose-Headers: Location).',
    });
  },
};
