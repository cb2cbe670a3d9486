import { message } from '../../../i18n/message.js';
import { pointerTo } from '../../event-place.js';
import type { SequenceRule } from '../rule.js';

interface State {
  startSeen: boolean;
  startProcessed: boolean;
  first: boolean;
}

export const sessionStartFirst: SequenceRule<State> = {
  kind: 'sequence',
  meta: {
    id: 'session-start-first',
    title: 'rules-sequence.session-start-first.title',
    severity: 'warning',
    docs: ['sessionsRequest', 'queuing'],
    edgeDocs: ['edgeSessions', 'edgeMediaTroubleshooting'],
    summary:
      'sessionStart opens the session and comes first, once. Events whose ts is earlier than the sessionStart\'s are out of place; a session whose sessionStart was sent before capture began is marked, and rules that need the start are relaxed for it.',
    choice:
      'The server forwards sessionStart at once and reorders other events by ts, so an event stamped before the sessionStart is judged out of order (a warning: the docs do not say it is dropped).',
  },
  init: (facts) => ({ startSeen: facts.startSeen, startProcessed: false, first: true }),
  clone: (s) => ({ ...s }),
  onEvent(s, e, report) {
    const first = s.first;
    s.first = false;
    if (e.viaSessions) {
      s.startProcessed = true;
      return;
    }
    if (!s.startSeen) {
      if (first) {
        report({
          severity: 'info',
          message: message('rules-sequence.session-start-first.not-seen'),
          action: message('rules-sequence.session-start-first.not-seen.action'),
        });
      }
      return;
    }
    if (!s.startProcessed) {
      report({
        message: message('rules-sequence.session-start-first.before-start', { eventType: e.eventType }),
        action: message('rules-sequence.session-start-first.before-start.action'),
        pointer: pointerTo(e, 'ts'),
      });
    }
  },
};
