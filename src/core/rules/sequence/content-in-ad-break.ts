import { message } from '../../../i18n/message.js';
import { pointerTo } from '../../event-place.js';
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
    title: 'rules-sequence.content-in-ad-break.title',
    severity: 'warning',
    docs: ['adsOverview', 'adBreakStart'],
    edgeDocs: ['adsOverview', 'adBreakStart', 'edgeExamples'],
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
        message: message('rules-sequence.content-in-ad-break.chapter'),
        action: message('rules-sequence.content-in-ad-break.chapter.action'),
      });
    } else if (e.eventType === 'play' && !s.inAd) {
      report({
        message: message('rules-sequence.content-in-ad-break.play'),
        action: message('rules-sequence.content-in-ad-break.play.action'),
      });
    }
    if (!s.movedReported && Math.abs(e.playhead - s.breakPlayhead) > STILL_S) {
      s.movedReported = true;
      report({
        message: message('rules-sequence.content-in-ad-break.playhead-moved', { from: s.breakPlayhead, to: e.playhead }),
        action: message('rules-sequence.content-in-ad-break.playhead-moved.action'),
        pointer: pointerTo(e, 'playhead'),
      });
    }
  },
};
