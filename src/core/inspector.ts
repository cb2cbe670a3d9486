import { AcceptedErrors } from './accepted-errors.js';
import { isJudgeable, type CapturedCall } from './call.js';
import { CallJudge } from './call-judge.js';
import { apiNameOf, classifyCall, sidFromLocation, type ApiCall } from './classify.js';
import type { CallFindings, Finding } from './finding.js';
import { FindingsStore } from './findings-store.js';
import { eventOfValidBody, isObject, parseBody, toMediaEvent, type MediaEvent, type ParsedBody, type ValidBody } from './media-event.js';
import type { CallRule, SequenceRule } from './rules/rule.js';
import { ACCEPTED_NOT_COUNTED } from './rules/sequence/accepted-not-counted.js';
import { CALL_RULES, EDGE_CALL_RULES, SEQUENCE_RULES } from './rules/index.js';
import type { EdgeCall } from './edge/classify-edge.js';
import { EdgeSessionFinder } from './edge/edge-session-finder.js';
import { readEdgeCall } from './edge/read-edge-call.js';
import { eventTypeIndex } from './event-types.js';
import { NO_ISSUES, schemaIssuesOf, type SchemaIssue } from './schema/validate-body.js';
import { SessionIndex } from './session-index.js';
import { SessionRecord } from './session-record.js';
import type { SessionView } from './session.js';
import type { SequenceFinding } from './session-tracker.js';

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
  private readonly sequenceRules: readonly SequenceRule[];
  private readonly acceptedErrors: AcceptedErrors;
  /** The shared judging, with each API's call rules. */
  private readonly judge: CallJudge;
  private readonly edgeJudge: CallJudge;
  private readonly edgeSessions = new EdgeSessionFinder(this.sessionsByKey, (key, api, call, startSeen) =>
    this.newSession(key, undefined, api, call, startSeen),
  );

  constructor(options: InspectorOptions = {}) {
    this.sequenceRules = options.sequenceRules ?? SEQUENCE_RULES;
    const notCounted = this.sequenceRules.find((r) => r.meta.id === ACCEPTED_NOT_COUNTED)?.meta;
    this.acceptedErrors = new AcceptedErrors(notCounted, this.findings);
    const records = { sessions: this.sessionsByKey, findings: this.findings, index: this.index, acceptedErrors: this.acceptedErrors };
    this.judge = new CallJudge(options.callRules ?? CALL_RULES, records);
    this.edgeJudge = new CallJudge(options.edgeCallRules ?? EDGE_CALL_RULES, records);
  }

  /**
   * Feeds one settled call (it has a status or a network error), or one marked `unanswered`.
   * Calls that are not sessions or events POSTs are ignored. Call ids must be unique: each call
   * is pushed once.
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
        if (call.method === 'POST' && isJudgeable(call)) {
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
    if (!isJudgeable(call)) return;
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
    this.judge.judge(call, api, body, event, typeIndex, schemaIssues, session);
  }

  /**
   * Judges one Media Edge call: its format's call rules, then its events through the same
   * sequence rules as the Media Collection API's. Edge calls that carry no media event
   * (interact and collect calls of other Edge traffic) are not kept.
   */
  private takeEdge(call: CapturedCall, api: EdgeCall, body: ParsedBody): void {
    const reading = readEdgeCall(call, api, body);
    if (reading === undefined) return;
    const session = this.edgeSessions.sessionFor(call, api, reading);
    const event = reading.events[0];
    const opens = reading.opens ? reading.sid !== null : undefined;
    this.edgeJudge.judge(call, api, body, event, event?.typeIndex ?? -1, reading.schemaIssues, session, reading.events, opens);
  }

  /**
   * The seam for exact live linking: the body of a Media Edge sessionStart's response, read
   * after the call was judged (devtools.network can read it; webRequest cannot). Links the
   * session exactly, or confirms a link made by order. False when the call is not a waiting or
   * order-linked sessionStart, or when its order link named another id (its events stay where
   * they were judged).
   */
  linkEdgeSessionStart(callId: string, responseBody: string): boolean {
    return this.edgeSessions.linkStart(this.index.sessionOf(callId), callId, responseBody);
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
    if (finding.severity === 'error') this.acceptedErrors.note(finding, session, +1);
  }

  private removeSequenceFinding({ finding }: SequenceFinding, session: SessionRecord): void {
    this.findings.removeSequence(finding);
    session.count(finding, -1);
    if (finding.severity === 'error') this.acceptedErrors.note(finding, session, -1);
  }
}

export type { MediaEvent };
