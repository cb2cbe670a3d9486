/** What the index reads of a session: its calls, in arrival order, only ever appended to. */
export interface IndexedSession {
  readonly view: { readonly callIds: readonly string[] };
}

/**
 * Call id → session, for the few questions asked by call (which session is this row's?).
 *
 * The inspector's hot path only tells it which session took a call; the map is caught up from
 * the sessions' own call lists when a question comes, so a capture nobody asks about costs no
 * map entry per call.
 */
export class SessionIndex<S extends IndexedSession> {
  private readonly sessionOfId = new Map<string, S>();
  private readonly indexedUpTo = new Map<S, number>();
  /**
   * Sessions with calls not yet in `sessionOfId`: the index is caught up from these only, so a
   * tab that has seen hundreds of sessions does not walk them all for each new call.
   */
  private readonly unindexed = new Set<S>();
  /** The session last put in `unindexed`: consecutive calls nearly always share it, and a compare is cheaper than the set. */
  private lastUnindexed: S | undefined;

  /** `session` has taken a call (appended to its call list). */
  noteCall(session: S): void {
    if (session !== this.lastUnindexed) {
      this.unindexed.add(session);
      this.lastUnindexed = session;
    }
  }

  sessionOf(callId: string): S | undefined {
    let session = this.sessionOfId.get(callId);
    if (session === undefined && this.unindexed.size > 0) {
      this.catchUp();
      session = this.sessionOfId.get(callId);
    }
    return session;
  }

  private catchUp(): void {
    for (const session of this.unindexed) {
      const ids = session.view.callIds;
      let k = this.indexedUpTo.get(session) ?? 0;
      for (; k < ids.length; k++) this.sessionOfId.set(ids[k]!, session);
      this.indexedUpTo.set(session, k);
    }
    this.unindexed.clear();
    this.lastUnindexed = undefined;
  }
}
