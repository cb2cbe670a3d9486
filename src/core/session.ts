import type { ApiName } from './classify.js';
import type { EdgeSessionLink } from './edge/edge-session-link.js';

/**
 * active: events are flowing. completed: sessionComplete seen (the session stays open on the
 * server until it ends or expires). ended: sessionEnd seen. expired: the server answered 404/410,
 * or the timeline shows a gap longer than the timeouts. rejected: the sessions call failed.
 */
export type SessionState = 'active' | 'completed' | 'ended' | 'expired' | 'rejected';

/** A session as a list or report shows it. */
export interface SessionView {
  /** The API its calls went to; absent in records made before there were two (Media Collection API). */
  api?: ApiName;
  /** Media Edge: how its events were tied to its sessionStart (see edge/edge-session-link.ts). */
  link?: EdgeSessionLink;
  /** Media Edge: the location hint its calls carry in their path (`or2`, `irl1`), the latest seen. */
  locationHint?: string;
  /** The sid, or `call:<id>` for a sessions call that got no sid. */
  key: string;
  sid?: string;
  /** The API base (scheme, host and any proxy prefix) the calls went to. */
  base: string;
  startCallId?: string;
  /** False when capture began after the session's sessionStart was sent. */
  startSeen: boolean;
  mediaName?: string;
  mediaId?: string;
  contentType?: string;
  playerName?: string;
  state: SessionState;
  /** The session's calls, in arrival order. */
  callIds: readonly string[];
  firstStartedAt: number;
  lastStartedAt: number;
  errors: number;
  warnings: number;
}
