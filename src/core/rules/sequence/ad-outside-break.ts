import { message } from '../../../i18n/message.js';
import { pointerTo } from '../../event-place.js';
import type { SequenceRule } from '../rule.js';

interface State {
  inBreak: boolean;
  /** Any adBreakStart or adBreakComplete seen: before that, a capture that began mid-session may be inside a break. */
  sawBreakEvent: boolean;
  lastBreakCompleteCallId: string | undefined;
  startSeen: boolean;
}

export const adOutsideBreak: SequenceRule<State> = {
  kind: 'sequence',
  meta: {
    id: 'ad-outside-break',
    title: 'rules-sequence.ad-outside-break.title',
    severity: 'error',
    docs: ['eventsRequest', 'adsOverview', 'adStart'],
    edgeDocs: ['edgeAds', 'adsOverview', 'adStart'],
    summary:
      'adStart, adComplete and adSkip must lie between adBreakStart and adBreakComplete, even for a single ad. Without the bookends the server ignores the ad events and counts the ad time as main content.',
  },
  eventTypes: ['adBreakStart', 'adBreakComplete', 'adStart', 'adComplete', 'adSkip'],
  init: (facts) => ({ inBreak: false, sawBreakEvent: false, lastBreakCompleteCallId: undefined, startSeen: facts.startSeen }),
  clone: (s) => ({ ...s }),
  onEvent(s, e, report) {
    switch (e.eventType) {
      case 'adBreakStart':
        s.inBreak = true;
        s.sawBreakEvent = true;
        return;
      case 'adBreakComplete':
        s.inBreak = false;
        s.sawBreakEvent = true;
        s.lastBreakCompleteCallId = e.callId;
        return;
      case 'adStart':
      case 'adComplete':
      case 'adSkip':
        if (s.inBreak) return;
        if (!s.startSeen && !s.sawBreakEvent) {
          report({
            severity: 'warning',
            message: message('rules-sequence.ad-outside-break.before-capture', { eventType: e.eventType }),
            action: message('rules-sequence.ad-outside-break.before-capture.action'),
          });
          return;
        }
        report({
          message: message(s.lastBreakCompleteCallId ? 'rules-sequence.ad-outside-break.after-break' : 'rules-sequence.ad-outside-break.no-break', { eventType: e.eventType }),
          action: message('rules-sequence.ad-outside-break.action'),
          pointer: pointerTo(e, 'eventType'),
          ...(s.lastBreakCompleteCallId !== undefined && { relatedCallIds: [s.lastBreakCompleteCallId] }),
        });
    }
  },
};
