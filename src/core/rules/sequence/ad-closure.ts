import { message } from '../../../i18n/message.js';
import type { SequenceRule } from '../rule.js';

interface State {
  openAdCallId: string | undefined;
  sawAdStart: boolean;
  startSeen: boolean;
}

const CLOSE_ACTION = message('rules-sequence.ad-closure.action');

export const adClosure: SequenceRule<State> = {
  kind: 'sequence',
  meta: {
    id: 'ad-closure',
    title: 'rules-sequence.ad-closure.title',
    severity: 'warning',
    docs: ['adsOverview'],
    summary:
      'Each ad ends with exactly one adComplete or adSkip: an adStart while an ad is open, an ad still open at adBreakComplete, or an adComplete/adSkip with no ad open.',
    choice:
      'The docs give the sequence but not what the server does with an unclosed ad, so this is a warning. An ad left open by sessionEnd is only info (Adobe\'s Timeline 2).',
  },
  eventTypes: ['adStart', 'adComplete', 'adSkip', 'adBreakComplete', 'sessionEnd'],
  init: (facts) => ({ openAdCallId: undefined, sawAdStart: false, startSeen: facts.startSeen }),
  clone: (s) => ({ ...s }),
  onEvent(s, e, report) {
    switch (e.eventType) {
      case 'adStart':
        if (s.openAdCallId !== undefined) {
          report({ message: message('rules-sequence.ad-closure.ad-still-open'), action: CLOSE_ACTION, relatedCallIds: [s.openAdCallId] });
        }
        s.openAdCallId = e.callId;
        s.sawAdStart = true;
        return;
      case 'adComplete':
      case 'adSkip':
        if (s.openAdCallId === undefined) {
          const unseen = !s.startSeen && !s.sawAdStart;
          report({
            severity: unseen ? 'info' : 'warning',
            message: message(unseen ? 'rules-sequence.ad-closure.close-before-capture' : 'rules-sequence.ad-closure.close-without-ad', { eventType: e.eventType }),
            action: CLOSE_ACTION,
          });
        }
        s.openAdCallId = undefined;
        return;
      case 'adBreakComplete':
        if (s.openAdCallId !== undefined) {
          report({ message: message('rules-sequence.ad-closure.break-closed-with-ad-open'), action: CLOSE_ACTION, relatedCallIds: [s.openAdCallId] });
          s.openAdCallId = undefined;
        }
        return;
      case 'sessionEnd':
        if (s.openAdCallId !== undefined) {
          report({ severity: 'info', message: message('rules-sequence.ad-closure.ended-during-ad'), relatedCallIds: [s.openAdCallId] });
          s.openAdCallId = undefined;
        }
        return;
    }
  },
  onEnd(s, _last, report) {
    if (s.openAdCallId === undefined) return;
    report({ callId: s.openAdCallId, message: message('rules-sequence.ad-closure.never-closed'), action: CLOSE_ACTION });
  },
};
