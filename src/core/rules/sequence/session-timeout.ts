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
}

export const sessionTimeout: SequenceRule<State> = {
  kind: 'sequence',
  meta: {
    id: 'session-timeout',
    title: 'Session timed out',
    severity: 'error',
    docs: ['timeout', 'sessionOverview'],
    summary:
      'The server closes a session after 10 minutes without events, or after 30 minutes without the playhead moving; all later calls with that sid are dropped.',
    choice:
      '"Session events" speaks of 30 minutes of inactivity, "Timeout conditions" of 30 minutes without a playhead change (C12): the second, more precise page is enforced. A sessionEnd after the timeout is not reported: it is what the long-pause scenario sends.',
  },
  init: () => ({ prevTs: NaN, playhead: NaN, playheadMovedAt: 0, expired: false }),
  clone: (s) => ({ ...s }),
  onEvent(s, e, report) {
    if (s.expired) return;
    if (e.ts - s.prevTs > IDLE_TIMEOUT_MS) {
      s.expired = true;
      report({
        message: `${Math.round((e.ts - s.prevTs) / 60_000)} minutes without events before this ${e.eventType}: the server closed the session after 10 minutes and drops this and every later event.`,
        action: 'Keep sending pings every 10 s; when the server answers 404 or 410, start a new session.',
        pointer: '/playerTime/ts',
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
        message: `The playhead has stayed at ${e.playhead} for over 30 minutes: the server closed the session and drops this and every later event.`,
        action: 'After a long pause, send sessionEnd, then a new sessionStart (and stateStart for states still active) when playback resumes.',
        pointer: '/playerTime/playhead',
      });
    }
  },
};
