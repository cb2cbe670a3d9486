import { message } from '../../../i18n/message.js';
import { pointerTo } from '../../event-place.js';
import { adobeSdkOfStart } from '../../sdk/adobe-sdks.js';
import type { SequenceRule } from '../rule.js';

/** Movement under this many seconds is jitter, not movement. */
const STILL_S = 1;
/** How long the playhead may stand while playing before it is reported: three missed ping steps. */
const STALL_MS = 30_000;

const PLAYING = 1;
const PAUSED = 2;
/** Buffering, before the first play, after the end: the playhead may stand. */
const OTHER = 0;

interface State {
  mode: number;
  inBreak: boolean;
  /** While paused: the playhead at pauseStart. While playing: the playhead at its last move. */
  playhead: number;
  /** While playing: the ts of the playhead's last move. */
  movedAt: number;
  reported: boolean;
  sdk: string;
}

export const playheadProgress: SequenceRule<State> = {
  kind: 'sequence',
  meta: {
    id: 'playhead-progress',
    title: 'rules-sequence.playhead-progress.title',
    severity: 'warning',
    docs: ['ping', 'play', 'eventsRequest'],
    edgeDocs: ['ping', 'play', 'edgeExamples'],
    summary:
      'After pauseStart the playhead stays where the pause began until the next play; after play it advances. Reported once per pause or play: a playhead more than 1 s away from the pause position while paused, and a playhead that stands still (within 1 s) for 30 s or more of playing. Ad breaks are left to content-in-ad-break: the content playhead stands during ads.',
    choice:
      'Adobe\'s Media SDKs send a seek as pauseStart then play, and the playhead the app reports while the viewer scrubs moves during that "pause": in a session whose media.libraryVersion names one of them, a playhead moving while paused is the SDK\'s doing, info. A playhead standing still while playing is what the app reports to the SDK, judged as for any player.',
  },
  eventTypes: ['sessionStart', 'play', 'pauseStart', 'bufferStart', 'ping', 'adBreakStart', 'adBreakComplete', 'sessionEnd', 'sessionComplete'],
  init: () => ({ mode: OTHER, inBreak: false, playhead: 0, movedAt: 0, reported: false, sdk: '' }),
  clone: (s) => ({ ...s }),
  onEvent(s, e, report) {
    switch (e.eventType) {
      case 'sessionStart':
        s.sdk = adobeSdkOfStart(e);
        return;
      case 'adBreakStart':
        s.inBreak = true;
        return;
      case 'adBreakComplete':
        s.inBreak = false;
        s.mode = OTHER;
        return;
      case 'sessionEnd':
      case 'sessionComplete':
      case 'bufferStart':
        s.mode = OTHER;
        return;
      case 'play':
        if (s.inBreak) return;
        s.mode = PLAYING;
        s.playhead = e.playhead;
        s.movedAt = e.ts;
        s.reported = false;
        return;
      case 'pauseStart':
        if (s.inBreak) return;
        s.mode = PAUSED;
        s.playhead = e.playhead;
        s.reported = false;
        return;
    }
    // A ping.
    if (s.inBreak || s.reported) return;
    const moved = Math.abs(e.playhead - s.playhead) > STILL_S;
    if (s.mode === PAUSED && moved) {
      s.reported = true;
      const values = { from: s.playhead, to: e.playhead, sdk: s.sdk };
      report(
        s.sdk === ''
          ? {
              message: message('rules-sequence.playhead-progress.moved-while-paused', values),
              action: message('rules-sequence.playhead-progress.moved-while-paused.action'),
              pointer: pointerTo(e, 'playhead'),
            }
          : { severity: 'info', message: message('rules-sequence.playhead-progress.moved-while-paused.sdk', values), pointer: pointerTo(e, 'playhead') },
      );
    } else if (s.mode === PLAYING) {
      if (moved) {
        s.playhead = e.playhead;
        s.movedAt = e.ts;
      } else if (e.ts - s.movedAt >= STALL_MS) {
        s.reported = true;
        report({
          message: message('rules-sequence.playhead-progress.stuck', { playhead: s.playhead, seconds: Math.round((e.ts - s.movedAt) / 1000) }),
          action: message('rules-sequence.playhead-progress.stuck.action'),
          pointer: pointerTo(e, 'playhead'),
        });
      }
    }
  },
};
