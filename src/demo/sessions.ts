import { randomBytes } from 'node:crypto';

/** What the mock knows about a sid when an event arrives for it. */
export type SessionState = 'open' | 'unknown' | 'ended' | 'timed-out';

interface Session {
  lastEventAt: number;
  lastPlayhead: number;
  playheadMovedAt: number;
  closed?: 'ended' | 'timed-out';
}

export interface SessionTableOptions {
  /** Close a session after this long without events (mc-api-timeout.md: 10 minutes). */
  idleTimeoutMs: number;
  /** Close a session whose playhead has not moved for this long (mc-api-timeout.md: 30 minutes). */
  playheadTimeoutMs: number;
  now: () => number;
}

/**
 * The sessions the mock has issued. Timeouts are judged lazily when a call arrives, with the
 * injected clock, so tests can expire a session without waiting and no timers keep node alive.
 * Closed sessions stay in the table: the docs answer them with 410, not 404.
 */
export class SessionTable {
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly opts: SessionTableOptions) {}

  /** Opens a session; the sid is 64 hex characters like the one in mc-api-sessions-req.md. */
  open(playhead: number): string {
    const sid = randomBytes(32).toString('hex');
    const now = this.opts.now();
    this.sessions.set(sid, { lastEventAt: now, lastPlayhead: playhead, playheadMovedAt: now });
    return sid;
  }

  state(sid: string): SessionState {
    const s = this.sessions.get(sid);
    if (!s) return 'unknown';
    if (!s.closed && this.expired(s)) s.closed = 'timed-out';
    return s.closed ?? 'open';
  }

  /** Records an accepted event; `sessionEnd` closes the session for every later call. */
  record(sid: string, eventType: string | undefined, playhead: number | undefined): void {
    const s = this.sessions.get(sid);
    if (!s || s.closed) return;
    const now = this.opts.now();
    s.lastEventAt = now;
    if (playhead !== undefined && playhead !== s.lastPlayhead) {
      s.lastPlayhead = playhead;
      s.playheadMovedAt = now;
    }
    if (eventType === 'sessionEnd') s.closed = 'ended';
  }

  private expired(s: Session): boolean {
    const now = this.opts.now();
    return (
      now - s.lastEventAt >= this.opts.idleTimeoutMs ||
      now - s.playheadMovedAt >= this.opts.playheadTimeoutMs
    );
  }
}
