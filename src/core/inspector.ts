import { isSettled, type CapturedCall } from './call.js';
import { apiNameOf, classifyCall, sidFromLocation, type ApiCall } from './classify.js';
import type { CallFindings, Finding } from './finding.js';
import { FindingsStore } from './findings-store.js';
import { runCallChecks } from './generated/dispatch.js';
import { eventOfValidBody, isObject, parseBody, toMediaEvent, type MediaEvent, type ParsedBody, type ValidBody } from './media-event.js';
import type { CallContext, CallRule, Report, Reporter, RuleMeta, SequenceRule } from './rules/rule.js';
import { ACCEPTED_NOT_COUNTED, notCountedReport } from './rules/sequence/accepted-not-counted.js';
import { toFinding } from './rules/to-finding.js';
import { CALL_RULES, EDGE_CALL_RULES, SEQUENCE_RULES } from './rules/index.js';
import type { EdgeCall } from './edge/classify-edge.js';
import { EdgeSessions } from './edge/edge-sessions.js';
import { readEdgeCall, type EdgeReading } from './edge/read-edge-call.js';
import { newSessionIdOf } from './edge/edge-response.js';
import { callRuleMasks, callRulesFor, callTraits } from './rule-dispatch.js';
import { EVENT_TYPES, eventTypeIndex } from './event-types.js';
import { NO_ISSUES, schemaIssuesOf, type SchemaIssue } from './schema/validate-body.js';
import { SessionIndex } from './session-index.js';
import { SessionRecord } from './session-record.js';
import type { SessionView } from './session.js';
import type { SequenceFinding } from './session-tracker.js';

/** The own findings of every call that has none (nearly all): no list is made until a rule reports. */
const NONE: Finding[] = [];

/** An events URL already seen: what it is and whose events it carries. */
interface KnownUrl {
  api: ApiCall;
  session: SessionRecord;
}

/** Beyond this many distinct events URLs the cache starts afresh, so memory stays bounded. */
const URL_CACHE_MAX = 1024;

/**
 * How many calls pushAll parses ahead of judging them. Enough that the JSON parser's code and
 * the rules' code are each fetched once per group rather than once per call; few enough that
 * the parsed bodies waiting are a few kilobytes.
 */
const PARSE_AHEAD = 64;

export interface InspectorOptions {
  callRules?: readonly CallRule[];
  /** The call rules for Media Edge API calls (the sequence rules are shared). */
  edgeCallRules?: readonly CallRule[];
  sequenceRules?: readonly SequenceRule[];
}

/**
 * Incremental inspection: feed settled calls one at a time (live capture, tests) or a whole
 * capture at once (a HAR), and get back, for each call whose findings changed, its complete
 * list. Both judge each call by the same path, in order; the work per call does not grow with
 * the length of the session.
 *
 * That path is hot (a HAR or a long live session goes through it call by call): the findings
 * (FindingsStore) and the call-to-session index (SessionIndex) cost it nothing for a call with
 * no findings that nobody asks about, which is nearly every call.
 */
export class Inspector {
  private readonly sessionsByKey = new Map<string, SessionRecord>();
  /** A session's events all go to one URL: seen once, it is neither classified nor looked up again. */
  private readonly knownUrls = new Map<string, KnownUrl>();
  private lastUrl = '';
  private lastKnown: KnownUrl | undefined;
  private readonly findings = new FindingsStore();
  private readonly index = new SessionIndex<SessionRecord>();
  private readonly callRules: readonly CallRule[];
  /** By kind of call, the call rules to run on it (see callRuleMasks). */
  private readonly callMasks: readonly number[];
  private readonly sequenceRules: readonly SequenceRule[];
  /** One reporter per call rule, made once, reporting into `own` for the call in `current`. */
  private readonly callReporters: Reporter[];
  /** Each rule's check, read once: loading it from fifteen differently shaped rules per call costs. */
  private readonly checks: CallRule['check'][];
  private current: CapturedCall | undefined;
  private own: Finding[] = NONE;
  /** accepted-not-counted as configured, or undefined when it is off. */
  private readonly notCounted: RuleMeta | undefined;
  /** Accepted calls with error findings: how many, and the accepted-not-counted finding they brought. */
  private readonly acceptedErrors = new Map<string, { errors: number; finding: Finding }>();
  /** The same three for the Media Edge API's call rules. */
  private readonly edgeMasks: readonly number[];
  private readonly edgeChecks: CallRule['check'][];
  private readonly edgeReporters: Reporter[];
  private readonly edgeSessions = new EdgeSessions<SessionRecord>();

  constructor(options: InspectorOptions = {}) {
    this.callRules = options.callRules ?? CALL_RULES;
    this.sequenceRules = options.sequenceRules ?? SEQUENCE_RULES;
    this.callMasks = callRuleMasks(this.callRules);
    this.checks = this.callRules.map((r) => r.check);
    this.notCounted = this.sequenceRules.find((r) => r.meta.id === ACCEPTED_NOT_COUNTED)?.meta;
    this.callReporters = this.reportersFor(this.callRules);
    const edgeRules = options.edgeCallRules ?? EDGE_CALL_RULES;
    this.edgeMasks = callRuleMasks(edgeRules);
    this.edgeChecks = edgeRules.map((r) => r.check);
    this.edgeReporters = this.reportersFor(edgeRules);
  }

  /** One reporter per call rule, made once, reporting into `own` for the call in `current`. */
  private reportersFor(rules: readonly CallRule[]): Reporter[] {
    return rules.map((rule) => (r: Report) => {
      if (this.own === NONE) this.own = [];
      this.own.push(toFinding(rule.meta, this.current!.id, r));
    });
  }

  /**
   * Feeds one settled call (it has a status or a network error). Calls that are not sessions or
   * events POSTs are ignored. Call ids must be unique: each call is pushed once.
   */
  push(call: CapturedCall): readonly CallFindings[] {
    this.take(call, undefined);
    return this.findings.takeChanges();
  }

  /**
   * Feeds many calls at once (a whole HAR): the same as pushing them one by one, in order, and
   * returns each call whose findings changed, once, with its final list.
   *
   * Each group of calls has its bodies parsed first and is then judged call by call: alternating
   * JSON.parse with the rules call by call has each evict the other's code from the processor's
   * instruction cache, while in groups each stays cached as it runs.
   */
  pushAll(calls: readonly CapturedCall[]): readonly CallFindings[] {
    const bodies: (ParsedBody | undefined)[] = new Array(Math.min(PARSE_AHEAD, calls.length));
    let lastUrl = '';
    let lastIsApi = false;
    for (let start = 0; start < calls.length; start += PARSE_AHEAD) {
      const end = Math.min(calls.length, start + PARSE_AHEAD);
      for (let k = start; k < end; k++) {
        const call = calls[k]!;
        // Only the bodies push would parse: other traffic in a HAR is left alone. Calls to one URL
        // come in runs, so it is classified once per run.
        let body: ParsedBody | undefined;
        if (call.method === 'POST' && isSettled(call)) {
          if (call.url !== lastUrl) {
            lastUrl = call.url;
            lastIsApi = classifyCall(call.method, call.url) !== null;
          }
          if (lastIsApi) body = parseBody(call);
        }
        bodies[k - start] = body;
      }
      for (let k = start; k < end; k++) this.take(calls[k]!, bodies[k - start]);
    }
    return this.findings.takeChanges();
  }

  /** Judges one call, its body already parsed when `parsed` is given; the changes wait in the findings store. */
  private take(call: CapturedCall, parsed: ParsedBody | undefined): void {
    if (!isSettled(call)) return;
    let api: ApiCall | null;
    let session: SessionRecord;
    // Consecutive calls nearly always share a URL (one session's events); comparing with the last
    // one is cheaper than hashing it for the map.
    const known = call.url === this.lastUrl ? this.lastKnown : this.knownUrls.get(call.url);
    if (known !== undefined && call.method === 'POST') {
      this.lastUrl = call.url;
      this.lastKnown = known;
      api = known.api;
      session = known.session;
    } else {
      api = classifyCall(call.method, call.url);
      if (!api) return;
      if (api.kind === 'edge') {
        this.takeEdge(call, api, parsed ?? parseBody(call));
        return;
      }
      session = this.sessionFor(call, api);
    }
    const body = parsed ?? parseBody(call);
    let typeIndex = -1;
    // A body that is not JSON has no schema issues: body-schema judges it by its kind.
    let schemaIssues: readonly SchemaIssue[] = NO_ISSUES;
    let event: MediaEvent | undefined;
    if (body.kind === 'json') {
      // Validated here, once, rather than by the body-schema rule: the event is read only from a
      // body with a documented eventType, and a call whose body passes (nearly all) then has
      // nothing for any call rule unless something else about it stands out.
      const value = body.value;
      typeIndex = isObject(value) ? eventTypeIndex(value['eventType']) : -1;
      schemaIssues = schemaIssuesOf(value, typeIndex);
      if (typeIndex >= 0) {
        const viaSessions = api.kind === 'sessions';
        event =
          schemaIssues.length === 0
            ? eventOfValidBody(value as ValidBody, typeIndex, call.id, viaSessions)
            : toMediaEvent(value as Record<string, unknown>, typeIndex, call.id, viaSessions);
      }
    }

    const isAccepted = accepted(call);
    const late = event !== undefined && isAccepted ? session.lateness(event.ts) : undefined;
    const m = callRulesFor(this.callMasks, callTraits(call, api, body, event, late, schemaIssues), typeIndex);
    const own =
      m === 0
        ? NONE
        : this.runCallRules(m, this.checks, this.callReporters, {
            call,
            api,
            body,
            event,
            eventType: typeIndex < 0 ? undefined : EVENT_TYPES[typeIndex],
            typeIndex,
            session: session.view,
            sessions: this.sessionsByKey,
            late,
            schemaIssues,
          });
    // A new call with no findings has not changed for a consumer, which starts from none.
    if (own !== NONE) {
      this.findings.setOwn(call.id, own);
      if (isAccepted) for (const f of own) if (f.severity === 'error') this.noteAcceptedError(f, session, +1);
    }
    session.addCall(call, api, event, own);
    this.index.noteCall(session);
    if (event !== undefined && isAccepted) session.sequence(event);
  }

  /**
   * Judges one Media Edge call: its format's call rules, then its events through the same
   * sequence rules as the Media Collection API's. Edge calls that carry no media event
   * (interact and collect calls of other Edge traffic) are not kept.
   */
  private takeEdge(call: CapturedCall, api: EdgeCall, body: ParsedBody): void {
    const reading = readEdgeCall(call, api, body);
    if (reading === undefined) return;
    const session = this.edgeSessionFor(call, api, reading);
    const event = reading.events[0];
    const isAccepted = accepted(call);
    const late = event !== undefined && isAccepted ? session.lateness(event.ts) : undefined;
    const typeIndex = event?.typeIndex ?? -1;
    const m = callRulesFor(this.edgeMasks, callTraits(call, api, body, event, late, reading.schemaIssues), typeIndex);
    const own =
      m === 0
        ? NONE
        : this.runCallRules(m, this.edgeChecks, this.edgeReporters, {
            call,
            api,
            body,
            event,
            eventType: event?.eventType,
            typeIndex,
            session: session.view,
            sessions: this.sessionsByKey,
            late,
            schemaIssues: reading.schemaIssues,
          });
    if (own !== NONE) {
      this.findings.setOwn(call.id, own);
      if (isAccepted) for (const f of own) if (f.severity === 'error') this.noteAcceptedError(f, session, +1);
    }
    session.addCall(call, api, event, own, reading.opens ? isAccepted && reading.sid !== null : undefined);
    this.index.noteCall(session);
    if (isAccepted) for (const e of reading.events) session.sequence(e);
  }

  /** The session a Media Edge call belongs to: by the id its sessionStart's response or its events carry. */
  private edgeSessionFor(call: CapturedCall, api: EdgeCall, reading: EdgeReading): SessionRecord {
    const ownKey = `call:${call.id}`;
    if (reading.opens) {
      const sid = reading.sid ?? undefined;
      const existing = sid !== undefined ? this.sessionsByKey.get(sid) : undefined;
      if (existing) {
        existing.sawStart(call);
        return existing;
      }
      const session = this.newSession(sid ?? ownKey, undefined, api, call, true);
      if (reading.kind === 'start') {
        if (reading.sid === null) session.view.link = { by: 'response' };
        else this.edgeSessions.started(session, sid);
      }
      return session;
    }
    if (reading.sid === undefined || reading.sid === null) return this.newSession(ownKey, undefined, api, call, false);
    const linked = this.edgeSessions.sessionOf(reading.sid);
    if (linked) return linked;
    const session = this.newSession(reading.sid, undefined, api, call, false);
    this.edgeSessions.adopt(reading.sid, session);
    return session;
  }

  /**
   * The seam for exact live linking: the body of a Media Edge sessionStart's response, read
   * after the call was judged (devtools.network can read it; webRequest cannot). Links the
   * session exactly, or confirms a link made by order. False when the call is not a waiting or
   * order-linked sessionStart, or when its order link named another id (its events stay where
   * they were judged).
   */
  linkEdgeSessionStart(callId: string, responseBody: string): boolean {
    const session = this.index.sessionOf(callId);
    if (!session || session.view.api !== 'media-edge' || session.view.startCallId !== callId) return false;
    const sid = newSessionIdOf({ responseBody } as CapturedCall);
    return typeof sid === 'string' && this.edgeSessions.linkExactly(session, sid);
  }

  /** Runs the call rules of mask `m` on one call; returns its findings (NONE when there are none). */
  private runCallRules(m: number, checks: readonly CallRule['check'][], reporters: readonly Reporter[], ctx: CallContext): Finding[] {
    this.current = ctx.call;
    this.own = NONE;
    // Unrolled, a call site per rule position, so each rule is inlined: see scripts/generate-dispatch.ts.
    runCallChecks(m, checks, ctx, reporters);
    return this.own;
  }

  /** End of input (a whole HAR was read): reports what is still open. Not for live capture. */
  finish(): readonly CallFindings[] {
    for (const session of this.sessionsByKey.values()) session.finish();
    return this.findings.takeChanges();
  }

  findingsOf(callId: string): readonly Finding[] {
    return this.findings.findingsOf(callId);
  }

  sessionKeyOf(callId: string): string | undefined {
    return this.index.sessionOf(callId)?.view.key;
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
      session = this.newSession(key, sid, api, call, api.kind === 'sessions');
    } else if (api.kind === 'sessions') {
      session.sawStart(call);
    }
    if (api.kind === 'events') {
      if (this.knownUrls.size >= URL_CACHE_MAX) this.knownUrls.clear();
      this.knownUrls.set(call.url, { api, session });
    }
    return session;
  }

  private newSession(key: string, sid: string | undefined, api: ApiCall, call: CapturedCall, startSeen: boolean): SessionRecord {
    const created = new SessionRecord(
      key,
      sid,
      api.base,
      call,
      startSeen,
      this.sequenceRules,
      {
        add: (f) => this.addSequenceFinding(f, created),
        remove: (f) => this.removeSequenceFinding(f, created),
      },
      apiNameOf(api),
    );
    this.sessionsByKey.set(key, created);
    return created;
  }

  private addSequenceFinding({ finding }: SequenceFinding, session: SessionRecord): void {
    this.findings.addSequence(finding);
    session.count(finding, +1);
    // Sequence rules judge only events the server accepted.
    if (finding.severity === 'error') this.noteAcceptedError(finding, session, +1);
  }

  private removeSequenceFinding({ finding }: SequenceFinding, session: SessionRecord): void {
    this.findings.removeSequence(finding);
    session.count(finding, -1);
    if (finding.severity === 'error') this.noteAcceptedError(finding, session, -1);
  }

  /** An error found on an accepted call, or withdrawn: the call's accepted-not-counted finding comes and goes with the first and last. */
  private noteAcceptedError(error: Finding, session: SessionRecord, delta: 1 | -1): void {
    if (!this.notCounted || error.rule === ACCEPTED_NOT_COUNTED) return;
    const known = this.acceptedErrors.get(error.callId);
    if (!known) {
      if (delta < 0) return;
      const finding = toFinding(this.notCounted, error.callId, notCountedReport(error));
      this.acceptedErrors.set(error.callId, { errors: 1, finding });
      this.findings.addSequence(finding);
      session.count(finding, +1);
      return;
    }
    known.errors += delta;
    if (known.errors > 0) return;
    this.acceptedErrors.delete(error.callId);
    this.findings.removeSequence(known.finding);
    session.count(known.finding, -1);
  }
}

/** Did the server take the event in? Rejected, dropped and failed calls never reach the reports. */
export function accepted(call: CapturedCall): boolean {
  return call.status !== undefined && call.status >= 200 && call.status < 300;
}

export type { MediaEvent };
