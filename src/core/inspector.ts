import { isSettled, type CapturedCall } from './call.js';
import { classifyCall, sidFromLocation, type ApiCall } from './classify.js';
import type { CallFindings, Finding } from './finding.js';
import { parseBody, toMediaEvent, type MediaEvent } from './media-event.js';
import type { CallContext, CallRule, Report, Reporter, SequenceRule } from './rules/rule.js';
import { toFinding } from './rules/to-finding.js';
import { CALL_RULES, SEQUENCE_RULES } from './rules/index.js';
import { SessionRecord } from './session-record.js';
import type { SessionView } from './session.js';
import type { SequenceFinding } from './session-tracker.js';

const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

/** Shared by every call with no findings of a kind, until its first one (most calls have none). */
const NONE: Finding[] = [];

interface CallEntry {
  call: CapturedCall;
  sessionKey: string;
  own: Finding[];
  sequence: Finding[];
}

export interface InspectorOptions {
  callRules?: readonly CallRule[];
  sequenceRules?: readonly SequenceRule[];
}

/**
 * Incremental inspection: feed settled calls one at a time (live capture, HAR import and tests
 * alike) and get back, for each call whose findings changed, its complete list. The work per
 * call does not grow with the length of the session.
 */
export class Inspector {
  private readonly calls = new Map<string, CallEntry>();
  private readonly sessionsByKey = new Map<string, SessionRecord>();
  private readonly callRules: readonly CallRule[];
  private readonly sequenceRules: readonly SequenceRule[];
  private readonly changed = new Set<string>();
  /** One reporter per call rule, made once (push is the hot path), reporting into `current`. */
  private readonly callReporters: Reporter[];
  private current: CallEntry | undefined;
  private readonly ctx = {} as CallContext;

  constructor(options: InspectorOptions = {}) {
    this.callRules = options.callRules ?? CALL_RULES;
    this.sequenceRules = options.sequenceRules ?? SEQUENCE_RULES;
    this.callReporters = this.callRules.map((rule) => (r: Report) => {
      const entry = this.current!;
      if (entry.own === NONE) entry.own = [];
      entry.own.push(toFinding(rule.meta, entry.call.id, r));
    });
  }

  /**
   * Feeds one settled call (it has a status or a network error). Calls that are not sessions or
   * events POSTs are ignored. Feeding a call id again replaces nothing: ids must be unique.
   */
  push(call: CapturedCall): CallFindings[] {
    if (this.calls.has(call.id) || !isSettled(call)) return [];
    const api = classifyCall(call.method, call.url);
    if (!api) return [];
    const body = parseBody(call);
    const event = body.kind === 'json' ? toMediaEvent(body.value, call.id, api.kind === 'sessions') : undefined;
    const session = this.sessionFor(call, api);
    const entry: CallEntry = { call, sessionKey: session.view.key, own: NONE, sequence: NONE };
    this.calls.set(call.id, entry);

    const isAccepted = accepted(call);
    // One context object, refilled per call: rules read it synchronously and keep nothing.
    const ctx = this.ctx;
    ctx.call = call;
    ctx.api = api;
    ctx.body = body;
    ctx.event = event;
    ctx.session = session.view;
    ctx.late = event && isAccepted ? session.lateness(event.ts) : undefined;
    this.current = entry;
    for (let i = 0; i < this.callRules.length; i++) this.callRules[i]!.check(ctx, this.callReporters[i]!);
    // A new call with no findings has not changed for a consumer, which starts from none.
    if (entry.own !== NONE) this.changed.add(call.id);
    session.addCall(call, api, event, entry.own);
    if (event && isAccepted) session.sequence(event);
    return this.flush();
  }

  /** End of input (a whole HAR was read): reports what is still open. Not for live capture. */
  finish(): CallFindings[] {
    for (const session of this.sessionsByKey.values()) session.finish();
    return this.flush();
  }

  findingsOf(callId: string): readonly Finding[] {
    const entry = this.calls.get(callId);
    if (!entry) return NO_FINDINGS;
    if (entry.sequence.length === 0) return entry.own.length === 0 ? NO_FINDINGS : [...entry.own];
    return [...entry.own, ...entry.sequence];
  }

  sessionKeyOf(callId: string): string | undefined {
    return this.calls.get(callId)?.sessionKey;
  }

  sessions(): SessionView[] {
    // The call list is shared, not copied (it is read-only to callers): the background asks for
    // sessions every 100 ms while calls stream in, and copying a long session's ids each time would
    // make that cost grow with the session.
    return [...this.sessionsByKey.values()].map((s) => ({ ...s.view }));
  }

  private sessionFor(call: CapturedCall, api: ApiCall): SessionRecord {
    const sid = api.kind === 'events' ? api.sid : sidFromLocation(call);
    const key = sid ?? `call:${call.id}`;
    let session = this.sessionsByKey.get(key);
    if (!session) {
      session = new SessionRecord(key, sid, api.base, call, api.kind === 'sessions', this.sequenceRules, {
        add: (f) => this.addSequenceFinding(f),
        remove: (f) => this.removeSequenceFinding(f),
      });
      this.sessionsByKey.set(key, session);
    } else if (api.kind === 'sessions') {
      session.sawStart(call);
    }
    return session;
  }

  private addSequenceFinding({ finding }: SequenceFinding): void {
    const entry = this.calls.get(finding.callId);
    if (!entry) return;
    if (entry.sequence === NONE) entry.sequence = [];
    entry.sequence.push(finding);
    this.sessionsByKey.get(entry.sessionKey)?.count(finding, +1);
    this.changed.add(finding.callId);
  }

  private removeSequenceFinding({ finding }: SequenceFinding): void {
    const entry = this.calls.get(finding.callId);
    if (!entry) return;
    const i = entry.sequence.indexOf(finding);
    if (i >= 0) entry.sequence.splice(i, 1);
    this.sessionsByKey.get(entry.sessionKey)?.count(finding, -1);
    this.changed.add(finding.callId);
  }

  private flush(): CallFindings[] {
    if (this.changed.size === 0) return [];
    const out: CallFindings[] = [];
    for (const id of this.changed) out.push({ callId: id, findings: this.findingsOf(id) });
    this.changed.clear();
    return out;
  }
}

/** Did the server take the event in? Rejected, dropped and failed calls never reach the reports. */
export function accepted(call: CapturedCall): boolean {
  return call.status !== undefined && call.status >= 200 && call.status < 300;
}

export type { MediaEvent };
