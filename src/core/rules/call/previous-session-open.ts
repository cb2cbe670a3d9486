import type { CallRule } from '../rule.js';

export const previousSessionOpen: CallRule = {
  kind: 'call',
  meta: {
    id: 'previous-session-open',
    title: 'New session while the last one is open',
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
        message: `This session starts while session ${view.sid ?? view.key}${name === undefined ? '' : ` ("${name}")`} is still open: it got neither sessionEnd nor sessionComplete.`,
        action: 'Send sessionEnd (the viewer left) or sessionComplete (the content ended) on the old session before starting the next one.',
        ...(last === undefined ? {} : { relatedCallIds: [last] }),
      });
    }
  },
};
