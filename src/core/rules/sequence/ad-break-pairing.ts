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
    title: 'Ad breaks not paired',
    severity: 'warning',
    docs: ['adsOverview', 'eventsRequest'],
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
            message: 'adBreakStart while another ad break is still open: ad breaks cannot nest.',
            action: 'Send adBreakComplete for the open break before starting the next one.',
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
            message: !s.startSeen && !s.sawAny
              ? 'adBreakComplete with no adBreakStart in this capture (capture began after the session started).'
              : 'adBreakComplete with no open ad break: there is nothing to close.',
            action: 'Send adBreakComplete once, after the adBreakStart it closes and the last ad of that break.',
          });
        }
        s.openCallId = undefined;
        s.sawAny = true;
        return;
      case 'sessionEnd':
        if (s.openCallId !== undefined) {
          report({
            severity: 'info',
            message: 'The session ended inside an open ad break. That is how an abandoned session ends (Adobe\'s Timeline 2); the break is closed with the session.',
            relatedCallIds: [s.openCallId],
          });
          s.openCallId = undefined;
        }
        return;
      case 'sessionComplete':
        if (s.openCallId !== undefined) {
          report({
            message: 'sessionComplete while an ad break is still open.',
            action: 'Send adBreakComplete when the break ends, before sessionComplete.',
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
      message: 'This ad break is never closed: no adBreakComplete follows it in the capture.',
      action: 'Send adBreakComplete after the last ad of the break.',
    });
  },
};
