import { message } from '../../../i18n/message.js';
import type { CallRule } from '../rule.js';

export const previousSessionOpen: CallRule = {
  kind: 'call',
  meta: {
    id: 'previous-session-open',
    title: 'rules-call.previous-session-open.title',
    severity: 'warning',
    docs: ['sessionEnd', 'sessionComplete', 'timeout'],
    summary:
      'A sessions call that opens a new session while an earlier session of the same capture (a tab, a HAR) never got sessionEnd or sessionComplete and did not expire. The open session is closed by the server only after 10 minutes without events, so its view is counted as abandoned at an arbitrary point rather than where the viewer left or the content ended.',
    choice:
      'Two players on one page may run sessions side by side on purpose; the finding therefore names the open session and stays a warning rather than an error.',
  },
  triggers: { traits: ['sessions-endpoint'] },
  check({ call, api, eventType, session, sessions }, report) {
    if (api.kind !== 'sessions' || eventType !== 'sessionStart' || call.status !== 201) return;
    for (const { view } of sessions.values()) {
      if (view.key === session.key || view.state !== 'active' || view.lastStartedAt > call.startedAt) continue;
      const name = view.mediaName ?? view.mediaId;
      const last = view.callIds[view.callIds.length - 1];
      report({
        message:
          name === undefined
            ? message('rules-call.previous-session-open.message', { session: view.sid ?? view.key })
            : message('rules-call.previous-session-open.message-named', { session: view.sid ?? view.key, name }),
        action: message('rules-call.previous-session-open.action'),
        ...(last === undefined ? {} : { relatedCallIds: [last] }),
      });
    }
  },
};
