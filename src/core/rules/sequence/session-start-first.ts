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
    title: 'sessionStart is not first',
    severity: 'warning',
    docs: ['sessionsRequest', 'queuing'],
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
          message: 'Capture began after this session started: its sessionStart was not seen, so checks that need the start of the session are relaxed.',
          action: 'Reload the player with the inspector running to capture the whole session.',
        });
      }
      return;
    }
    if (!s.startProcessed) {
      report({
        message: `${e.eventType} has a ts earlier than the session's sessionStart.`,
        action: 'Send sessionStart first; queue events fired before the sid arrives and send them after it, in order.',
        pointer: '/playerTime/ts',
      });
    }
  },
};
