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
    title: 'Ad event outside an ad break',
    severity: 'error',
    docs: ['eventsRequest', 'adsOverview', 'adStart'],
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
            message: `${e.eventType} with no adBreakStart in this capture. Capture began after the session started, so the adBreakStart may have been sent before; if it was not, the server ignores this ad.`,
            action: 'Reload the player with the inspector open to see the whole session.',
          });
          return;
        }
        report({
          message: s.lastBreakCompleteCallId
            ? `${e.eventType} after the ad break was closed: no adBreakStart is open, so the server ignores this ad event and counts the ad's time as main content.`
            : `${e.eventType} outside an ad break: no adBreakStart was sent, so the server ignores this ad event and counts the ad's time as main content.`,
          action:
            'Send adBreakStart before the first adStart of a break and adBreakComplete after the last ad is closed (adComplete or adSkip), even for a single ad.',
          pointer: '/eventType',
          ...(s.lastBreakCompleteCallId !== undefined && { relatedCallIds: [s.lastBreakCompleteCallId] }),
        });
    }
  },
};
