import { message } from '../../../i18n/message.js';
import { newSessionIdOf } from '../../edge/edge-response.js';
import type { CallRule } from '../rule.js';

export const edgeSessionHandle: CallRule = {
  kind: 'call',
  meta: {
    id: 'edge-session-handle',
    title: 'rules-edge.edge-session-handle.title',
    severity: 'error',
    docs: ['edgeSessions', 'webSdkCreateMediaSession'],
    summary:
      'The answer to a sessionStart (the Media Edge call, or the Web SDK\'s interact call carrying media.sessionStart) carries the new session\'s id in the `media-analytics:new-session` handle. Without it no session was opened, usually because Media Analytics is not enabled on the datastream: every later event of the player is lost. Checked when the response body is known (a HAR, or DevTools open).',
  },
  triggers: { eventTypes: ['sessionStart'] },
  check({ call, api, event }, report) {
    if (api.kind !== 'edge' || !event?.viaSessions || call.status !== 200) return;
    if (newSessionIdOf(call) !== null) return;
    report({
      message: message('rules-edge.edge-session-handle.no-handle'),
      action: message('rules-edge.edge-session-handle.action'),
    });
  },
};
