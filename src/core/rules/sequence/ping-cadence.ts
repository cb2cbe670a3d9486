import type { SequenceRule } from '../rule.js';

/** Pings are due every 10 s; timers drift, so a gap is reported only past this. */
export const PING_INTERVAL_MS = 10_000;
export const PING_TOLERANCE_MS = 2_000;

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
}

export const pingCadence: SequenceRule<State> = {
  kind: 'sequence',
  meta: {
    id: 'ping-cadence',
    title: 'Pings missing',
    severity: 'warning',
    docs: ['pings', 'ping', 'eventsOverview'],
    summary:
      'From the sessionStart until sessionEnd or sessionComplete, the player sends a ping every 10 seconds, regardless of other events (pauses and buffering included). A gap of more than 12 s without a ping is reported on the event that reveals it.',
    choice:
      'During ads, "Ping", "Events overview" and the timelines say every 1 s, while "Sending ping events" (since 2024-01-19) says every 10 s (C1). Both are accepted: ads are held to the 10 s cadence, and the message says so. Adobe\'s timelines list only some pings, so they get this warning where their listed pings are more than 12 s apart.',
  },
  init: () => ({ clockFrom: NaN, stopped: false, reported: false, inBreak: false }),
  clone: (s) => ({ ...s }),
  onEvent(s, e, report) {
    if (s.stopped) return;
    if (Number.isNaN(s.clockFrom)) {
      s.clockFrom = e.ts;
    } else if (!s.reported && e.ts - s.clockFrom > PING_INTERVAL_MS + PING_TOLERANCE_MS) {
      s.reported = true;
      const seconds = ((e.ts - s.clockFrom) / 1000).toFixed(1);
      report({
        message: s.inBreak
          ? `No ping for ${seconds} s before this ${e.eventType}, during an ad break. The docs ask for a ping every 1 s during ads on some pages and every 10 s on others; this is over both.`
          : `No ping for ${seconds} s before this ${e.eventType}: a ping is due every 10 s of the session, whatever else is sent.`,
        action: 'Run a ping timer from the sessions call and send a ping every 10 s (1 s during ads is also documented) until sessionEnd.',
        pointer: '/playerTime/ts',
        ...(s.inBreak ? { contradiction: 'c1' as const } : {}),
      });
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
