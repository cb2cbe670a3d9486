import { UNCERTAIN_WITHIN_MS, type EdgeSessionLink } from './edge-session-link.js';

/** What the linker reads and writes of a session. */
export interface LinkableSession {
  readonly view: { sid?: string; link?: EdgeSessionLink; firstStartedAt: number };
}

/**
 * Finds the session a Media Edge event belongs to. Sessions are known by the sessionID their
 * events carry; a sessionStart whose response could not be read waits, and takes the first new
 * sessionID that comes after it (webRequest never shows response bodies). A later exact id
 * (from devtools.network) can still be given with `linkExactly`.
 */
export class EdgeSessions<S extends LinkableSession> {
  private readonly bySid = new Map<string, S>();
  /** sessionStarts whose id is not known yet, oldest first. */
  private readonly waiting: S[] = [];
  /** When each sessionStart of the capture was sent, to tell whether two came close together. */
  private readonly starts: S[] = [];

  /** A sessionStart: `sid` from its response, or undefined when the response could not be read. */
  started(session: S, sid: string | undefined): void {
    for (const other of this.starts) {
      if (Math.abs(other.view.firstStartedAt - session.view.firstStartedAt) < UNCERTAIN_WITHIN_MS) {
        // A link by order near another start may be the other's: say so on both.
        if (other.view.link?.by === 'first-event') other.view.link.uncertain = true;
        this.nearOther.add(session);
      }
    }
    this.starts.push(session);
    if (sid !== undefined) {
      session.view.sid = sid;
      session.view.link = { by: 'response' };
      this.bySid.set(sid, session);
    } else {
      this.waiting.push(session);
    }
  }

  private readonly nearOther = new Set<S>();

  /** The session of an event with this sessionID, linking a waiting sessionStart to it if it is new. */
  sessionOf(sid: string): S | undefined {
    const known = this.bySid.get(sid);
    if (known !== undefined) return known;
    const session = this.waiting.shift();
    if (session === undefined) return undefined;
    session.view.sid = sid;
    session.view.link = this.waiting.length > 0 || this.nearOther.has(session) ? { by: 'first-event', uncertain: true } : { by: 'first-event' };
    this.bySid.set(sid, session);
    return session;
  }

  /** A session seen by its events only (capture began after its sessionStart). */
  adopt(sid: string, session: S): void {
    session.view.sid = sid;
    session.view.link = { by: 'events-only' };
    this.bySid.set(sid, session);
  }

  /**
   * The exact id of a sessionStart, learnt after the call was judged (the seam for
   * devtools.network, which reads response bodies). A waiting session is linked; one linked by
   * order to the same id is confirmed. One linked by order to another id keeps its events (they
   * were judged in it) and is marked with the response's id; false is returned.
   */
  linkExactly(session: S, sid: string): boolean {
    const i = this.waiting.indexOf(session);
    if (i >= 0) {
      this.waiting.splice(i, 1);
      session.view.sid = sid;
      this.bySid.set(sid, session);
    } else if (session.view.sid !== sid) {
      if (session.view.link?.by === 'first-event') session.view.link = { ...session.view.link, responseSid: sid };
      return false;
    }
    session.view.link = { by: 'response' };
    return true;
  }
}
