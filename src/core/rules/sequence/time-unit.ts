import { message, type Message } from '../../../i18n/message.js';
import { pointerTo } from '../../event-place.js';
import type { SequenceRule } from '../rule.js';

/** ts below this is not milliseconds since 1970 of any date after early 1973: seconds, or time since page load. */
const MIN_MS_TS = 1e11;
const DAY_S = 86_400;
/** Time zones are whole quarter hours from UTC; a live playhead may be this far off the clock. */
const ZONE_STEP_S = 900;
const CLOCK_SLACK_S = 120;

interface State {
  tsChecked: boolean;
  /** media.length of the sessionStart, in seconds; NaN when unknown. */
  lengthS: number;
  live: boolean;
  playheadReported: boolean;
  clockChecked: boolean;
}

export const timeUnit: SequenceRule<State> = {
  kind: 'sequence',
  meta: {
    id: 'time-unit',
    title: 'rules-sequence.time-unit.title',
    severity: 'error',
    docs: ['sessionsRequest', 'eventsRequest'],
    edgeDocs: ['edgeSessions'],
    summary:
      'playerTime.ts must be milliseconds since 1970 (UTC), playerTime.playhead seconds: for recorded content the second of the content (0 to media.length), for live content the second of the day (0 to 86,400). Reported once a session each: a ts below 10^11 (seconds, or time since the page loaded); a playhead of recorded content more than twice its length that would fit it in milliseconds; a live playhead outside the day; and, as a warning, a live playhead at the first play that is no second of the day in any time zone.',
    choice:
      'Wrong units misfile every time the server computes (time played, progress markers, the order of events), so they are errors. A live playhead that is within the day but far from the clock may be a player that counts from the start of the show, as Adobe\'s legacy validation checklist once asked, or a stream watched behind live: a warning.',
  },
  init: () => ({ tsChecked: false, lengthS: NaN, live: false, playheadReported: false, clockChecked: false }),
  clone: (s) => ({ ...s }),
  onEvent(s, e, report) {
    if (!s.tsChecked) {
      s.tsChecked = true;
      if (e.eventType === 'sessionStart' && e.params !== undefined) {
        const length = e.params['media.length'];
        const type = e.params['media.contentType'];
        if (typeof length === 'number' && length > 0) s.lengthS = length;
        s.live = typeof type === 'string' && /^(live|linear)$/i.test(type);
      }
      if (e.ts < MIN_MS_TS) {
        report({
          message: notMillisecondsMessage(e.ts),
          action: message('rules-sequence.time-unit.ts.action'),
          pointer: pointerTo(e, 'ts'),
        });
      }
    }
    const ph = e.playhead;
    if (!s.playheadReported) {
      if (s.live && (ph < 0 || ph >= DAY_S)) {
        s.playheadReported = true;
        report({
          message: message(ph >= DAY_S && ph / 1000 < DAY_S ? 'rules-sequence.time-unit.live-outside-day-ms' : 'rules-sequence.time-unit.live-outside-day', { playhead: ph, day: DAY_S }),
          action: message('rules-sequence.time-unit.live.action'),
          pointer: pointerTo(e, 'playhead'),
        });
      } else if (!s.live && s.lengthS > 0 && ph > 2 * s.lengthS && ph / 1000 <= s.lengthS + 1) {
        s.playheadReported = true;
        report({
          message: message('rules-sequence.time-unit.playhead-ms', { playhead: ph, length: s.lengthS }),
          action: message('rules-sequence.time-unit.playhead-ms.action'),
          pointer: pointerTo(e, 'playhead'),
        });
      }
    }
    if (s.live && !s.clockChecked && e.eventType === 'play' && e.ts >= MIN_MS_TS && e.ts <= MAX_DATE_MS && ph >= 0 && ph < DAY_S) {
      s.clockChecked = true;
      const clock = Math.floor(e.ts / 1000) % DAY_S;
      const offset = (((ph - clock) % ZONE_STEP_S) + ZONE_STEP_S) % ZONE_STEP_S;
      if (Math.min(offset, ZONE_STEP_S - offset) > CLOCK_SLACK_S) {
        report({
          severity: 'warning',
          message: message('rules-sequence.time-unit.live-not-clock', { playhead: ph, clock: new Date(e.ts).toISOString().slice(11, 19) }),
          action: message('rules-sequence.time-unit.live-not-clock.action'),
          pointer: pointerTo(e, 'playhead'),
        });
      }
    }
  },
};

/** The largest time a Date holds; a ts beyond it (any integer passes the schema) has no date. */
const MAX_DATE_MS = 8.64e15;

/**
 * What a ts below MIN_MS_TS would be: its date as milliseconds and, when that is large enough to
 * be a Unix time in seconds, as seconds; no date when none can hold it (toISOString would throw).
 */
function notMillisecondsMessage(ts: number): Message {
  if (Math.abs(ts) > MAX_DATE_MS) return message('rules-sequence.time-unit.ts-no-date', { ts });
  const asMs = new Date(ts).toISOString();
  if (ts <= 1e8) return message('rules-sequence.time-unit.ts', { ts, asMs });
  return message('rules-sequence.time-unit.ts-or-seconds', { ts, asMs, asSeconds: new Date(ts * 1000).toISOString() });
}
