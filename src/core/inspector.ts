import { isSettled, type CapturedCall } from './call.js';
import { classifyCall, sidFromLocation, type ApiCall } from './classify.js';
import type { CallFindings, Finding } from './finding.js';
import { runCallChecks } from './generated/dispatch.js';
import { eventOfValidBody, isObject, parseBody, toMediaEvent, type MediaEvent, type ParsedBody, type ValidBody } from './media-event.js';
import type { CallContext, CallRule, Report, Reporter, SequenceRule } from './rules/rule.js';
import { toFinding } from './rules/to-finding.js';
import { CALL_RULES, SEQUENCE_RULES } from './rules/index.js';
import { callRuleMasks, callRulesFor, callTraits } from './rule-dispatch.js';
import { EVENT_TYPES, eventTypeIndex } from './event-types.js';
import { NO_ISSUES, schemaIssuesOf, type SchemaIssue } from './schema/validate-body.js';
import { SessionRecord } from './session-record.js';
import type { SessionView } from './session.js';
import type { SequenceFinding } from './session-tracker.js';

const NO_FINDINGS: readonly Finding[] = Object.freeze([]);
/** What push returns for nearly every call: shared, since a call with no findings changes nothing. */
const NOTHING_CHANGED: readonly CallFindings[] = Object.freeze([]);

/** Shared by every call with no findings of a kind, until its first one (most calls have none). */
const NONE: Finding[] = [];

/** A call's findings: kept only for calls that have (or had) some, which is few of them. */
interface FindingLists {
  own: Finding[];
  sequence: Finding[];
}

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
  sequenceRules?: readonly SequenceRule[];
}

/**
 * Incremental inspection: feed settled calls one at a time (live capture, tests) or a whole
 * capture at once (a HAR), and get back, for each call whose findings changed, its complete
 * list. Both judge each call by the same path, in order; the work per call does not grow with
 * the length of the session.
 *
 * That path is hot (a HAR or a long live session goes through it call by call), so it keeps no
 * per-call map: a call's findings are stored only when it has some, and the index from call id
 * to session is built when first asked for.
 */
export class Inspector {
  private readonly sessionsByKey = new Map<string, SessionRecord>();
  /** A session's events all go to one URL: seen once, it is neither classified nor looked up again. */
  private readonly knownUrls = new Map<string, KnownUrl>();
  private lastUrl = '';
  private lastKnown: KnownUrl | undefined;
  private readonly findings = new Map<string, FindingLists>();
  /** Call id → session, built from the sessions' call lists when first asked for. */
  private readonly sessionOfId = new Map<string, SessionRecord>();
  private readonly indexedUpTo = new Map<SessionRecord, number>();
  /**
   * Sessions with calls not yet in `sessionOfId`: the index is caught up from these only, so a
   * tab that has seen hundreds of sessions does not walk them all for each new call.
   */
  private readonly unindexed = new Set<SessionRecord>();
  /** The session last put in `unindexed`: consecutive calls nearly always share it, and a compare is cheaper than the set. */
  private lastUnindexed: SessionRecord | undefined;
  private readonly callRules: readonly CallRule[];
  /** By kind of call, the call rules to run on it (see callRuleMasks). */
  private readonly callMasks: readonly number[];
  private readonly sequenceRules: readonly SequenceRule[];
  private readonly changed = new Set<string>();
  /** One reporter per call rule, made once, reporting into `own` for the call in `current`. */
  private readonly callReporters: Reporter[];
  /** Each rule's check, read once: loading it from fifteen differently shaped rules per call costs. */
  private readonly checks: CallRule['check'][];
  private current: CapturedCall | undefined;
  private own: Finding[] = NONE;

  constructor(options: InspectorOptions = {}) {
    this.callRules = options.callRules ?? CALL_RULES;
    this.sequenceRules = options.sequenceRules ?? SEQUENCE_RULES;
    this.callMasks = callRuleMasks(this.callRules);
    this.checks = this.callRules.map((r) => r.check);
    this.callReporters = this.callRules.map((rule) => (r: Report) => {
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
    return this.flush();
  }

  /**
   * Feeds many calls at once (a whole HAR): the same as pushing them one by one, in order, and
   * returns each call whose findings changed, once, with its final list.
   *
   * Each group of calls has its bodies parsed first and is then judged call by call. Alternating
   * JSON.parse with the rules call by call made each evict the other's code from the processor's
   * instruction cache, so both ran slower than they do on their own; in groups, each stays
   * cached while it runs.
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
    return this.flush();
  }

  /** Judges one call, its body already parsed when `parsed` is given; the changes wait for flush. */
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
        : this.runCallRules(m, {
            call,
            api,
            body,
            event,
            eventType: typeIndex < 0 ? undefined : EVENT_TYPES[typeIndex],
            typeIndex,
            session: session.view,
            late,
            schemaIssues,
          });
    // A new call with no findings has not changed for a consumer, which starts from none.
    if (own !== NONE) {
      this.findings.set(call.id, { own, sequence: NONE });
      this.changed.add(call.id);
    }
    session.addCall(call, api, event, own);
    if (session !== this.lastUnindexed) {
      this.unindexed.add(session);
      this.lastUnindexed = session;
    }
    if (event !== undefined && isAccepted) session.sequence(event);
  }

  /** Runs the call rules of mask `m` on one call; returns its findings (NONE when there are none). */
  private runCallRules(m: number, ctx: CallContext): Finding[] {
    this.current = ctx.call;
    this.own = NONE;
    runCallChecks(m, this.checks, ctx, this.callReporters);
    return this.own;
  }

  /** End of input (a whole HAR was read): reports what is still open. Not for live capture. */
  finish(): readonly CallFindings[] {
    for (const session of this.sessionsByKey.values()) session.finish();
    return this.flush();
  }

  findingsOf(callId: string): readonly Finding[] {
    const lists = this.findings.get(callId);
    if (!lists) return NO_FINDINGS;
    if (lists.sequence.length === 0) return lists.own.length === 0 ? NO_FINDINGS : [...lists.own];
    return [...lists.own, ...lists.sequence];
  }

  sessionKeyOf(callId: string): string | undefined {
    let session = this.sessionOfId.get(callId);
    if (session === undefined && this.unindexed.size > 0) {
      this.indexNewCalls();
      session = this.sessionOfId.get(callId);
    }
    return session?.view.key;
  }

  sessions(): SessionView[] {
    // The call list is shared, not copied (it is read-only to callers): the background asks for
    // sessions every 100 ms while calls stream in, and copying a long session's ids each time would
    // make that cost grow with the session.
    return [...this.sessionsByKey.values()].map((s) => ({ ...s.view }));
  }

  private indexNewCalls(): void {
    for (const session of this.unindexed) {
      const ids = session.view.callIds;
      let k = this.indexedUpTo.get(session) ?? 0;
      for (; k < ids.length; k++) this.sessionOfId.set(ids[k]!, session);
      this.indexedUpTo.set(session, k);
    }
    this.unindexed.clear();
    this.lastUnindexed = undefined;
  }

  private sessionFor(call: CapturedCall, api: ApiCall): SessionRecord {
    const sid = api.kind === 'events' ? api.sid : sidFromLocation(call);
    const key = sid ?? `call:${call.id}`;
    let session = this.sessionsByKey.get(key);
    if (!session) {
      const created = new SessionRecord(key, sid, api.base, call, api.kind === 'sessions', this.sequenceRules, {
        add: (f) => this.addSequenceFinding(f, created),
        remove: (f) => this.removeSequenceFinding(f, created),
      });
      session = created;
      this.sessionsByKey.set(key, session);
    } else if (api.kind === 'sessions') {
      session.sawStart(call);
    }
    if (api.kind === 'events') {
      if (this.knownUrls.size >= URL_CACHE_MAX) this.knownUrls.clear();
      this.knownUrls.set(call.url, { api, session });
    }
    return session;
  }

  private addSequenceFinding({ finding }: SequenceFinding, session: SessionRecord): void {
    let lists = this.findings.get(finding.callId);
    if (!lists) this.findings.set(finding.callId, (lists = { own: NONE, sequence: NONE }));
    if (lists.sequence === NONE) lists.sequence = [];
    lists.sequence.push(finding);
    session.count(finding, +1);
    this.changed.add(finding.callId);
  }

  private removeSequenceFinding({ finding }: SequenceFinding, session: SessionRecord): void {
    const lists = this.findings.get(finding.callId);
    if (!lists) return;
    const i = lists.sequence.indexOf(finding);
    if (i >= 0) lists.sequence.splice(i, 1);
    session.count(finding, -1);
    this.changed.add(finding.callId);
  }

  private flush(): readonly CallFindings[] {
    if (this.changed.size === 0) return NOTHING_CHANGED;
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
