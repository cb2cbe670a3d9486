import type { SequenceRule } from '../rule.js';

interface State {
  openAdCallId: string | undefined;
  sawAdStart: boolean;
  startSeen: boolean;
}

const CLOSE_ACTION = 'End every ad with exactly one adComplete (played to the end) or adSkip (skipped), before the next adStart and before adBreakComplete.';

export const adClosure: SequenceRule<State> = {
  kind: 'sequence',
  meta: {
    id: 'ad-closure',
    title: 'Ad not closed by exactly one adComplete or adSkip',
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
          report({ message: 'adStart while the previous ad is still open: it was never completed or skipped.', action: CLOSE_ACTION, relatedCallIds: [s.openAdCallId] });
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
            message: unseen
              ? `${e.eventType} with no adStart in this capture (capture began after the session started).`
              : `${e.eventType} with no ad open: the ad was already closed, or never started.`,
            action: CLOSE_ACTION,
          });
        }
        s.openAdCallId = undefined;
        return;
      case 'adBreakComplete':
        if (s.openAdCallId !== undefined) {
          report({ message: 'adBreakComplete while an ad is still open: the ad was never completed or skipped.', action: CLOSE_ACTION, relatedCallIds: [s.openAdCallId] });
          s.openAdCallId = undefined;
        }
        return;
      case 'sessionEnd':
        if (s.openAdCallId !== undefined) {
          report({ severity: 'info', message: 'The session ended while an ad was playing (an abandoned view, as in Adobe\'s Timeline 2).', relatedCallIds: [s.openAdCallId] });
          s.openAdCallId = undefined;
        }
        return;
    }
  },
  onEnd(s, _last, report) {
    if (s.openAdCallId === undefined) return;
    report({ callId: s.openAdCallId, message: 'This ad is never closed: no adComplete or adSkip follows it in the capture.', action: CLOSE_ACTION });
  },
};
