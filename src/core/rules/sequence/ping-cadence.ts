import { message } from '../../../i18n/message.js';
import { pointerTo } from '../../event-place.js';
import { adobeSdkOfStart } from '../../sdk/adobe-sdks.js';
import type { SequenceRule } from '../rule.js';

/** The intervals, in ms, a player sends pings at: during content, and during an ad break. */
export interface PingIntervals {
  mainMs: number;
  adMs: number;
}

/**
 * With no settings, pings are due every 10 s, ad breaks included: the pages ask for 1 s or 10 s
 * during ads, and both are accepted.
 */
export const DEFAULT_PING_INTERVALS: PingIntervals = { mainMs: 10_000, adMs: 10_000 };

/** Timers drift, so a gap is reported only past the interval plus this (half the interval for short ones). */
function toleranceMs(intervalMs: number): number {
  return Math.min(2_000, intervalMs / 2);
}

/** What the gap is held to: the documented cadence, or the team's settings; in content or in an ad break. */
const GAP = 'rules-sequence.ping-cadence.gap';
const GAP_IN_BREAK = 'rules-sequence.ping-cadence.gap-in-break';
const GAP_CONFIGURED = 'rules-sequence.ping-cadence.gap-configured';
const GAP_CONFIGURED_IN_BREAK = 'rules-sequence.ping-cadence.gap-configured-in-break';

interface State {
  /**
   * ts from which the next ping is due: the sessionStart, then each ping; NaN until the first
   * event. A number rather than undefined: V8 then keeps the field as a double it updates in
   * place, where a field that started as undefined gets a new heap number on every ping.
   */
  clockFrom: number;
  stopped: boolean;
  reported: boolean;
  inBreak: boolean;
  /** The Adobe SDK that sends the session's pings on its own timer ('' for any other player). */
  sdk: string;
}

/** The rule, holding the player to `intervals` (the defaults, or what a team's settings say). */
export function pingCadenceRule(intervals: PingIntervals = DEFAULT_PING_INTERVALS): SequenceRule<State> {
  const configured = intervals !== DEFAULT_PING_INTERVALS;
  const mainLimit = intervals.mainMs + toleranceMs(intervals.mainMs);
  const adLimit = intervals.adMs + toleranceMs(intervals.adMs);
  return {
    kind: 'sequence',
    meta: {
      id: 'ping-cadence',
      title: 'rules-sequence.ping-cadence.title',
      severity: 'warning',
      docs: ['pings', 'ping', 'eventsOverview'],
      edgeDocs: ['edgePing', 'ping', 'eventsOverview'],
      summary:
        'From the sessionStart until sessionEnd or sessionComplete, the player sends a ping every 10 seconds, regardless of other events (pauses and buffering included). A gap of more than 12 s without a ping is reported on the event that reveals it. The intervals can be set (`pingIntervals` in mc-inspect.config.json): a gap is then reported past the interval plus 2 s (plus half the interval, for intervals under 4 s).',
      choice:
        'During ads, "Ping", "Events overview" and the timelines say every 1 s, while "Sending ping events" (since 2024-01-19) says every 10 s (C1). Both are accepted: ads are held to the 10 s cadence, and the message says so; a team that pings every 1 s during ads can say so in its settings. Adobe\'s timelines list only some pings, so they get this warning where their listed pings are more than 12 s apart. In a session from Adobe\'s Media SDK (media.libraryVersion), the SDK sends pings on its own timer, counted from its last play, pause or buffer event, so a gap is its doing: info, saying so.',
    },
    init: () => ({ clockFrom: NaN, stopped: false, reported: false, inBreak: false, sdk: '' }),
    clone: (s) => ({ ...s }),
    onEvent(s, e, report) {
      if (s.stopped) return;
      if (Number.isNaN(s.clockFrom)) {
        s.clockFrom = e.ts;
        s.sdk = adobeSdkOfStart(e);
      } else if (!s.reported && e.ts - s.clockFrom > (s.inBreak ? adLimit : mainLimit)) {
        s.reported = true;
        const values = {
          gap: (e.ts - s.clockFrom) / 1000,
          eventType: e.eventType,
          interval: (s.inBreak ? intervals.adMs : intervals.mainMs) / 1000,
          sdk: s.sdk,
        };
        const id = configured ? (s.inBreak ? GAP_CONFIGURED_IN_BREAK : GAP_CONFIGURED) : s.inBreak ? GAP_IN_BREAK : GAP;
        report(
          s.sdk === ''
            ? {
                message: message(id, values),
                action: message('rules-sequence.ping-cadence.action'),
                pointer: pointerTo(e, 'ts'),
                ...(s.inBreak ? { contradiction: 'c1' as const } : {}),
              }
            : {
                severity: 'info',
                message: message(`${id}.sdk` as const, values),
                pointer: pointerTo(e, 'ts'),
                ...(s.inBreak ? { contradiction: 'c1' as const } : {}),
              },
        );
      }
      switch (e.eventType) {
        case 'ping':
          s.clockFrom = e.ts;
          s.reported = false;
          return;
        case 'adBreakStart':
          s.inBreak = true;
          return;
        case 'adBreakComplete':
          s.inBreak = false;
          return;
        case 'sessionEnd':
        case 'sessionComplete':
          s.stopped = true;
          return;
      }
    },
  };
}

export const pingCadence = pingCadenceRule();
