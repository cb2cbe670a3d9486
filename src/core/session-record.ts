import type { CapturedCall } from './call.js';
import type { ApiCall, ApiName } from './classify.js';
import type { Finding } from './finding.js';
import type { MediaEvent } from './media-event.js';
import type { Lateness, SequenceRule } from './rules/rule.js';
import { emptyObjectArray } from './object-array.js';
import type { SessionView } from './session.js';
import { SessionTracker, type FindingSink } from './session-tracker.js';

/** One session's view, its sequence tracker, and what is needed to judge late arrivals. */
export class SessionRecord {
  readonly view: SessionView;
  private readonly callIds: string[] = emptyObjectArray();
  private readonly tracker: SessionTracker;
  /** The highest ts the server has accepted so far, and which call carried it. */
  private maxTs = -Infinity;
  private maxTsCallId = '';

  constructor(
    key: string,
    sid: string | undefined,
    base: string,
    first: CapturedCall,
    startSeen: boolean,
    rules: readonly SequenceRule[],
    sink: FindingSink,
    api: ApiName = 'media-collection',
  ) {
    this.view = {
      api,
      key,
      base,
      startSeen,
      state: 'active',
      callIds: this.callIds,
      firstStartedAt: first.startedAt,
      lastStartedAt: first.startedAt,
      errors: 0,
      warnings: 0,
    };
    if (sid !== undefined) this.view.sid = sid;
    this.tracker = new SessionTracker(rules, { startSeen, api }, sink);
  }

  /** A sessionStart for a sid whose events were seen first (HAR entries out of order). */
  sawStart(call: CapturedCall): void {
    if (this.view.startSeen) return;
    this.view.startSeen = true;
    this.view.firstStartedAt = Math.min(this.view.firstStartedAt, call.startedAt);
    this.tracker.restartWith({ startSeen: true, api: this.view.api ?? 'media-collection' });
  }

  lateness(ts: number): Lateness | undefined {
    return ts < this.maxTs ? { byMs: this.maxTs - ts, afterCallId: this.maxTsCallId } : undefined;
  }

  /**
   * `opened`, for a Media Edge call that opens a session (sessionStart, downloaded): whether the
   * Edge opened it. A Media Collection API sessions call tells by its 201 and Location.
   * `acceptedUnseen`, for a call whose answer was not seen: whether it is judged as accepted.
   */
  addCall(call: CapturedCall, api: ApiCall, event: MediaEvent | undefined, own: readonly Finding[], opened?: boolean, acceptedUnseen?: boolean): void {
    const v = this.view;
    this.callIds.push(call.id);
    v.lastStartedAt = Math.max(v.lastStartedAt, call.startedAt);
    for (let i = 0; i < own.length; i++) this.count(own[i]!, +1);
    if (api.kind === 'edge' && api.locationHint !== undefined) v.locationHint = api.locationHint;
    if (api.kind === 'sessions' || opened !== undefined) {
      v.startCallId = call.id;
      if (!(opened ?? acceptedUnseen ?? (call.status === 201 && v.sid !== undefined))) v.state = 'rejected';
      if (event?.params) this.nameFrom(event.params);
      return;
    }
    if (call.status === 404 || call.status === 410) v.state = 'expired';
    else if (event && (acceptedUnseen ?? (call.status !== undefined && call.status < 300)) && v.state !== 'expired') {
      if (event.eventType === 'sessionEnd') v.state = 'ended';
      else if (event.eventType === 'sessionComplete' && v.state === 'active') v.state = 'completed';
    }
  }

  sequence(event: MediaEvent): void {
    if (event.ts > this.maxTs) {
      this.maxTs = event.ts;
      this.maxTsCallId = event.callId;
    }
    this.tracker.insert(event);
  }

  finish(): void {
    this.tracker.finish();
  }

  count(f: Finding, delta: number): void {
    if (f.severity === 'error') this.view.errors += delta;
    else if (f.severity === 'warning') this.view.warnings += delta;
  }

  private nameFrom(params: Record<string, unknown>): void {
    const str = (k: string) => (typeof params[k] === 'string' ? (params[k] as string) : undefined);
    const v = this.view;
    const name = str('media.name');
    const id = str('media.id');
    const type = str('media.contentType');
    const player = str('media.playerName');
    if (name !== undefined) v.mediaName = name;
    if (id !== undefined) v.mediaId = id;
    if (type !== undefined) v.contentType = type;
    if (player !== undefined) v.playerName = player;
  }
}
