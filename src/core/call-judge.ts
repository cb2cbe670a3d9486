import type { AcceptedErrors } from './accepted-errors.js';
import { judgedAccepted } from './acceptance.js';
import type { CapturedCall } from './call.js';
import type { ApiCall } from './classify.js';
import { EVENT_TYPES } from './event-types.js';
import type { Finding } from './finding.js';
import type { FindingsStore } from './findings-store.js';
import { runCallChecks } from './generated/dispatch.js';
import type { MediaEvent, ParsedBody } from './media-event.js';
import { callRuleMasks, callRulesFor, callTraits } from './rule-dispatch.js';
import type { CallContext, CallRule, Report, Reporter } from './rules/rule.js';
import { toFinding } from './rules/to-finding.js';
import type { EdgeSchemaIssue } from './edge/schema/validate-edge-body.js';
import type { SchemaIssue } from './schema/validate-body.js';
import type { SessionIndex } from './session-index.js';
import type { SessionRecord } from './session-record.js';

/** The own findings of every call that has none (nearly all): no list is made until a rule reports. */
const NONE: Finding[] = [];

/** What the judge keeps its verdicts in, shared with the rest of the inspector. */
export interface JudgeRecords {
  /** Every session of the capture, by key: some rules judge a session against the ones before it. */
  sessions: ReadonlyMap<string, SessionRecord>;
  findings: FindingsStore;
  index: SessionIndex<SessionRecord>;
  acceptedErrors: AcceptedErrors;
}

/**
 * The part of judging a call that both APIs share, once the call is read and its session found:
 * its call rules (one list per API), its findings kept, the session told of it, and the events
 * the server accepted handed to the session's sequence rules.
 */
export class CallJudge {
  /** By kind of call, the call rules to run on it (see callRuleMasks). */
  private readonly masks: readonly number[];
  /** Each rule's check, read once: loading it from fifteen differently shaped rules per call costs. */
  private readonly checks: CallRule['check'][];
  /** One reporter per call rule, made once, reporting into `own` for the call in `current`. */
  private readonly reporters: Reporter[];
  private current: CapturedCall | undefined;
  private own: Finding[] = NONE;

  constructor(
    rules: readonly CallRule[],
    private readonly records: JudgeRecords,
  ) {
    this.masks = callRuleMasks(rules);
    this.checks = rules.map((r) => r.check);
    this.reporters = rules.map((rule) => (r: Report) => {
      if (this.own === NONE) this.own = [];
      this.own.push(toFinding(rule.meta, this.current!.id, r));
    });
  }

  /**
   * Judges one call of `session`. `typeIndex`: its event type's place in EVENT_TYPES, -1 when it
   * has no documented one. `events`: what to sequence when it is not just `event` (a Media Edge
   * downloaded session). `opens`: for a Media Edge call that opens a session, false when its
   * response was read and names none; undefined for every other call.
   */
  judge(
    call: CapturedCall,
    api: ApiCall,
    body: ParsedBody,
    event: MediaEvent | undefined,
    typeIndex: number,
    schemaIssues: readonly (SchemaIssue | EdgeSchemaIssue)[],
    session: SessionRecord,
    events?: readonly MediaEvent[],
    opens?: boolean,
  ): void {
    const { findings, index } = this.records;
    const isAccepted = judgedAccepted(call, body, event, schemaIssues);
    const late = event !== undefined && isAccepted ? session.lateness(event.ts) : undefined;
    const m = callRulesFor(this.masks, callTraits(call, api, body, event, late, schemaIssues), typeIndex);
    const own =
      m === 0
        ? NONE
        : this.run(m, {
            call,
            api,
            body,
            event,
            eventType: typeIndex < 0 ? undefined : EVENT_TYPES[typeIndex],
            typeIndex,
            session: session.view,
            sessions: this.records.sessions,
            late,
            schemaIssues,
          });
    // A new call with no findings has not changed for a consumer, which starts from none.
    if (own !== NONE) {
      findings.setOwn(call.id, own);
      if (isAccepted) this.records.acceptedErrors.noteAll(own, session);
    }
    const opened = opens === undefined ? undefined : isAccepted && opens;
    session.addCall(call, api, event, own, opened, call.unanswered === true ? isAccepted : undefined);
    index.noteCall(session);
    if (!isAccepted) return;
    if (events !== undefined) for (const e of events) session.sequence(e);
    else if (event !== undefined) session.sequence(event);
  }

  /** Runs the call rules of mask `m` on one call; returns its findings (NONE when there are none). */
  private run(m: number, ctx: CallContext): Finding[] {
    this.current = ctx.call;
    this.own = NONE;
    // Unrolled, a call site per rule position, so each rule is inlined: see scripts/generate-dispatch.ts.
    runCallChecks(m, this.checks, ctx, this.reporters);
    return this.own;
  }
}
