import { message } from '../../../i18n/message.js';
import type { SequenceRule } from '../rule.js';

interface State {
  endCallId: string | undefined;
  /** A Media Edge API session: a new session is started at another endpoint. */
  edge: boolean;
}

export const afterSessionEnd: SequenceRule<State> = {
  kind: 'sequence',
  meta: {
    id: 'after-session-end',
    title: 'rules-sequence.after-session-end.title',
    severity: 'error',
    docs: ['sessionEnd', 'eventsRequest'],
    edgeDocs: ['sessionEnd', 'edgeSessions'],
    summary:
      'sessionEnd closes the session at once: the server drops every later event of that session. A second sessionEnd is harmless and only noted.',
  },
  init: (facts) => ({ endCallId: undefined, edge: facts.api === 'media-edge' }),
  clone: (s) => ({ ...s }),
  onEvent(s, e, report) {
    if (s.endCallId === undefined) {
      if (e.eventType === 'sessionEnd') s.endCallId = e.callId;
      return;
    }
    if (e.eventType === 'sessionEnd') {
      report({ severity: 'info', message: message('rules-sequence.after-session-end.second-end'), relatedCallIds: [s.endCallId] });
      return;
    }
    report({
      message: message('rules-sequence.after-session-end.after-end', { eventType: e.eventType }),
      action: message(s.edge ? 'rules-sequence.after-session-end.action.edge' : 'rules-sequence.after-session-end.action'),
      relatedCallIds: [s.endCallId],
    });
  },
};
