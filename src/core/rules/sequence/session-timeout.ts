import { message } from '../../../i18n/message.js';
import { pointerTo } from '../../event-place.js';
import type { SequenceRule } from '../rule.js';

export const IDLE_TIMEOUT_MS = 10 * 60_000;
export const STALLED_PLAYHEAD_TIMEOUT_MS = 30 * 60_000;

interface State {
  /** NaN before the first event (no gap to measure); see ping-cadence for why not undefined. */
  prevTs: number;
  /** NaN before the first event: unequal to any playhead, so the first one counts as a move. */
  playhead: number;
  playheadMovedAt: number;
  expired: boolean;
  /** A Media Edge API session: the Edge answers a closed session's events 404 only. */
  edge: boolean;
}

export const sessionTimeout: SequenceRule<State> = {
  kind: 'sequence',
  meta: {
    id: 'session-timeout',
    title: 'rules-sequence.session-timeout.title',
    severity: 'error',
    docs: ['timeout', 'sessionOverview'],
    edgeDocs: ['edgeSessions', 'sessionOverview'],
    summary:
      'The server closes a session after 10 minutes without events, or after 30 minutes without the playhead moving; all later calls with that sid are dropped.',
    choice:
      '"Session events" speaks of 30 minutes of inactivity, "Timeout conditions" of 30 minutes without a playhead change (C12): the second, more precise page is enforced. A sessionEnd after the timeout is not reported: it is what the long-pause scenario sends.',
  },
  init: (facts) => ({ prevTs: NaN, playhead: NaN, playheadMovedAt: 0, expired: false, edge: facts.api === 'media-edge' }),
  clone: (s) => ({ ...s }),
  onEvent(s, e, report) {
    if (s.expired) return;
    if (e.ts - s.prevTs > IDLE_TIMEOUT_MS) {
      s.expired = true;
      report({
        message: message('rules-sequence.session-timeout.idle', { minutes: Math.round((e.ts - s.prevTs) / 60_000), eventType: e.eventType }),
        action: message(s.edge ? 'rules-sequence.session-timeout.idle.action.edge' : 'rules-sequence.session-timeout.idle.action'),
        pointer: pointerTo(e, 'ts'),
      });
      return;
    }
    s.prevTs = e.ts;
    if (s.playhead !== e.playhead) {
      s.playhead = e.playhead;
      s.playheadMovedAt = e.ts;
    } else if (e.ts - s.playheadMovedAt > STALLED_PLAYHEAD_TIMEOUT_MS && e.eventType !== 'sessionEnd') {
      s.expired = true;
      report({
        message: message('rules-sequence.session-timeout.stalled', { playhead: e.playhead }),
        action: message('rules-sequence.session-timeout.stalled.action'),
        pointer: pointerTo(e, 'playhead'),
      });
    }
  },
};
