import type { SequenceRule } from '../rule.js';

/** How far the content playhead may drift during a break before it counts as moving, in seconds. */
const STILL_S = 1;

interface State {
  inBreak: boolean;
  inAd: boolean;
  /** The content playhead when the break opened, where it should stay until the break ends. */
  breakPlayhead: number;
  movedReported: boolean;
}

export const contentInAdBreak: SequenceRule<State> = {
  kind: 'sequence',
  meta: {
    id: 'content-in-ad-break',
    title: 'Content events during an ad break',
    severity: 'warning',
    docs: ['adsOverview', 'adBreakStart'],
    summary:
      'Between adBreakStart and adBreakComplete the viewer watches ads: a chapterStart, a play with no ad open (content resumed without closing the break), or a content playhead that moves (a ping or play more than 1 s away from where the break began) means content is being reported as part of the break, and its time is counted as ad time.',
    choice:
      'A play while an ad is open is ad playback, as the timelines and Adobe\'s SDKs send it, and is not reported. The Ad events page says the playhead during ads is the position in the main content, which stays put for the whole break.',
  },
  eventTypes: ['adBreakStart', 'adBreakComplete', 'adStart', 'adComplete', 'adSkip', 'chapterStart', 'play', 'ping', 'sessionEnd', 'sessionComplete'],
  init: () => ({ inBreak: false, inAd: false, breakPlayhead: 0, movedReported: false }),
  clone: (s) => ({ ...s }),
  onEvent(s, e, report) {
    switch (e.eventType) {
      case 'adBreakStart':
        s.inBreak = true;
        s.inAd = false;
        s.breakPlayhead = e.playhead;
        s.movedReported = false;
        return;
      case 'adBreakComplete':
      case 'sessionEnd':
      case 'sessionComplete':
        s.inBreak = false;
        s.inAd = false;
        return;
      case 'adStart':
        s.inAd = true;
        return;
      case 'adComplete':
      case 'adSkip':
        s.inAd = false;
        return;
    }
    if (!s.inBreak) return;
    if (e.eventType === 'chapterStart') {
      report({
        message: 'chapterStart while an ad break is open: a chapter of content starts inside the break.',
        action: 'Send adBreakComplete when the last ad of the break ends, then chapterStart.',
      });
    } else if (e.eventType === 'play' && !s.inAd) {
      report({
        message: 'play while an ad break is open and no ad is playing: content resumed without adBreakComplete, so its time counts as the break\'s.',
        action: 'Send adBreakComplete when the last ad of the break ends, then play.',
      });
    }
    if (!s.movedReported && Math.abs(e.playhead - s.breakPlayhead) > STILL_S) {
      s.movedReported = true;
      report({
        message: `The playhead moved from ${s.breakPlayhead} to ${e.playhead} during the ad break: during ads it must stay at the content position where the break began.`,
        action: 'During an ad break, send the main content\'s playhead (where the break began), not the ad\'s own position, or close the break before content plays.',
        pointer: '/playerTime/playhead',
      });
    }
  },
};
