import type { CapturedCall } from '../call.js';
import type { SessionRecord } from '../session-record.js';
import type { EdgeCall } from './classify-edge.js';
import { newSessionIdOf } from './edge-response.js';
import { EdgeSessions } from './edge-sessions.js';
import type { EdgeReading } from './read-edge-call.js';

/** Makes a session for the inspector and registers it under `key`. */
export type NewEdgeSession = (key: string, api: EdgeCall, call: CapturedCall, startSeen: boolean) => SessionRecord;

/**
 * The session each Media Edge call belongs to: by the id its sessionStart's response or its
 * events carry, linking a sessionStart whose response was not read by order (see EdgeSessions).
 */
export class EdgeSessionFinder {
  private readonly edgeSessions = new EdgeSessions<SessionRecord>();

  constructor(
    private readonly sessionsByKey: ReadonlyMap<string, SessionRecord>,
    private readonly newSession: NewEdgeSession,
  ) {}

  sessionFor(call: CapturedCall, api: EdgeCall, reading: EdgeReading): SessionRecord {
    const ownKey = `call:${call.id}`;
    if (reading.opens) {
      const sid = reading.sid ?? undefined;
      const existing = sid !== undefined ? this.sessionsByKey.get(sid) : undefined;
      if (existing) {
        existing.sawStart(call);
        return existing;
      }
      const session = this.newSession(sid ?? ownKey, api, call, true);
      if (reading.kind === 'start') {
        if (reading.sid === null) session.view.link = { by: 'response' };
        else this.edgeSessions.started(session, sid);
      }
      return session;
    }
    if (reading.sid === undefined || reading.sid === null) return this.newSession(ownKey, api, call, false);
    const linked = this.edgeSessions.sessionOf(reading.sid);
    if (linked) return linked;
    const session = this.newSession(reading.sid, api, call, false);
    this.edgeSessions.adopt(reading.sid, session);
    return session;
  }

  /**
   * The body of the response to `session`'s sessionStart, call `callId`, read after the call was
   * judged: see Inspector.linkEdgeSessionStart.
   */
  linkStart(session: SessionRecord | undefined, callId: string, responseBody: string): boolean {
    if (!session || session.view.api !== 'media-edge' || session.view.startCallId !== callId) return false;
    const sid = newSessionIdOf({ responseBody } as CapturedCall);
    return typeof sid === 'string' && this.edgeSessions.linkExactly(session, sid);
  }
}
