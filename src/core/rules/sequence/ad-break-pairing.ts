import { message } from '../../../i18n/message.js';
import type { SequenceRule } from '../rule.js';

interface State {
  openCallId: string | undefined;
  startSeen: boolean;
  sawAny: boolean;
}

export const adBreakPairing: SequenceRule<State> = {
  kind: 'sequence',
  meta: {
    id: 'ad-break-pairing',
    title: 'rules-sequence.ad-break-pairing.title',
    severity: 'warning',
    docs: ['adsOverview', 'eventsRequest'],
    edgeDocs: ['adsOverview', 'edgeAds'],
    summary:
      'Every adBreakStart needs a matching adBreakComplete, and breaks do not nest: a second adBreakStart while one is open, an adBreakComplete with no open break, or a break still open when the session completes or the capture ends.',
    choice:
      'The docs require the pairing but do not say what the server does with an unpaired break, so this is a warning. A sessionEnd inside an open break is only info: Adobe\'s Timeline 2 ("user abandons session") ends that way.',
  },
  eventTypes: ['adBreakStart', 'adBreakComplete', 'sessionEnd', 'sessionComplete'],
  init: (facts) => ({ openCallId: undefined, startSeen: facts.startSeen, sawAny: false }),
  clone: (s) => ({ ...s }),
  onEvent(s, e, report) {
    switch (e.eventType) {
      case 'adBreakStart':
        if (s.openCallId !== undefined) {
          report({
            message: message('rules-sequence.ad-break-pairing.nested'),
            action: message('rules-sequence.ad-break-pairing.nested.action'),
            relatedCallIds: [s.openCallId],
          });
        }
        s.openCallId = e.callId;
        s.sawAny = true;
        return;
      case 'adBreakComplete':
        if (s.openCallId === undefined) {
          report({
            severity: !s.startSeen && !s.sawAny ? 'info' : 'warning',
            message: message(!s.startSeen && !s.sawAny ? 'rules-sequence.ad-break-pairing.complete-before-capture' : 'rules-sequence.ad-break-pairing.complete-without-break'),
            action: message('rules-sequence.ad-break-pairing.complete.action'),
          });
        }
        s.openCallId = undefined;
        s.sawAny = true;
        return;
      case 'sessionEnd':
        if (s.openCallId !== undefined) {
          report({
            severity: 'info',
            message: message('rules-sequence.ad-break-pairing.ended-in-break'),
            relatedCallIds: [s.openCallId],
          });
          s.openCallId = undefined;
        }
        return;
      case 'sessionComplete':
        if (s.openCallId !== undefined) {
          report({
            message: message('rules-sequence.ad-break-pairing.completed-in-break'),
            action: message('rules-sequence.ad-break-pairing.completed-in-break.action'),
            relatedCallIds: [s.openCallId],
          });
        }
        return;
    }
  },
  onEnd(s, _last, report) {
    if (s.openCallId === undefined) return;
    report({
      callId: s.openCallId,
      message: message('rules-sequence.ad-break-pairing.never-closed'),
      action: message('rules-sequence.ad-break-pairing.never-closed.action'),
    });
  },
};
