import type { SequenceRule } from '../rule.js';

interface State {
  endCallId: string | undefined;
}

export const afterSessionEnd: SequenceRule<State> = {
  kind: 'sequence',
  meta: {
    id: 'after-session-end',
    title: 'Event after sessionEnd',
    severity: 'error',
    docs: ['sessionEnd', 'eventsRequest'],
    summary:
      'sessionEnd closes the session at once: the server drops every later event of that session. A second sessionEnd is harmless and only noted.',
  },
  init: () => ({ endCallId: undefined }),
  clone: (s) => ({ ...s }),
  onEvent(s, e, report) {
    if (s.endCallId === undefined) {
      if (e.eventType === 'sessionEnd') s.endCallId = e.callId;
      return;
    }
    if (e.eventType === 'sessionEnd') {
      report({ severity: 'info', message: 'A second sessionEnd: the session was already closed; this one is ignored, which is harmless.', relatedCallIds: [s.endCallId] });
      return;
    }
    report({
      message: `${e.eventType} after sessionEnd: the session is closed and the server drops this event.`,
      action: 'To report more playback, start a new session with sessionStart on /api/v1/sessions.',
      relatedCallIds: [s.endCallId],
    });
  },
};
