import type { MessageId } from '../../i18n/catalog.js';
import type { Message } from '../../i18n/message.js';
import type { ApiCall, ApiName } from '../classify.js';
import type { CapturedCall } from '../call.js';
import type { ContradictionId } from '../contradictions.js';
import type { DocKey } from '../docs.js';
import type { EventType } from '../event-types.js';
import type { MediaEvent, ParsedBody } from '../media-event.js';
import type { EdgeSchemaIssue } from '../edge/schema/validate-edge-body.js';
import type { SchemaIssue } from '../schema/validate-body.js';
import type { SessionView } from '../session.js';
import type { Severity } from '../severity.js';

export interface RuleMeta {
  /** Stable id, kebab-case; shown to users and used in `--format json`. */
  id: string;
  /** What the rule is about, in a few words: a catalog message (`<namespace>.<rule-id>.title`). */
  title: MessageId;
  /** The most severe finding the rule reports. */
  severity: Severity;
  /** The documentation pages the rule enforces. */
  docs: DocKey[];
  /**
   * The pages to cite instead on a Media Edge API call, where the Media Edge pages (or the
   * Streaming Media event pages, which document both APIs) say what a Media Collection API page
   * of `docs` says. Absent: `docs` are cited on both APIs (see rules/cited-pages.ts).
   */
  edgeDocs?: DocKey[];
  /** What the rule checks, for docs/rules.md. */
  summary: string;
  /** Where the documentation pages disagree: what we chose, and why. */
  choice?: string;
  /**
   * Set only on a rule a team's settings re-rated (see settings/rule-settings.ts): every finding
   * of the rule takes this severity, whatever the rule would say (the team's choice wins).
   */
  severityOverride?: Severity;
}

/** What a rule hands to `report`; the inspector fills in the rule id and the call. */
export interface Report {
  severity?: Severity;
  message: Message;
  action?: Message;
  pointer?: string;
  /** The disagreement between Adobe's pages that the message speaks of. */
  contradiction?: ContradictionId;
  relatedCallIds?: string[];
  /** Defaults to the call being checked. */
  callId?: string;
}

export type Reporter = (report: Report) => void;

/** Everything known about one call, for rules that judge a call on its own. */
export interface CallContext {
  call: CapturedCall;
  api: ApiCall;
  body: ParsedBody;
  event: MediaEvent | undefined;
  /** The body's eventType when it is a documented one, even when the rest of the body is broken. */
  eventType: EventType | undefined;
  /** eventType's position in EVENT_TYPES, -1 when it is not a documented one. */
  typeIndex: number;
  session: SessionView;
  /**
   * Every session of the capture (a tab, a HAR) so far, by key, this call's included: for the
   * few rules that judge a session against the ones before it.
   */
  sessions: ReadonlyMap<string, { readonly view: SessionView }>;
  /** Set when an event with a later ts of the same session reached the server first. */
  late: Lateness | undefined;
  /**
   * Where a JSON body breaks its event's schema (validated once, by the inspector); empty when it
   * passes. A Media Edge call's issues come from its own validator, their words already a message.
   */
  schemaIssues: readonly (SchemaIssue | EdgeSchemaIssue)[];
}

export interface Lateness {
  /** How much later the ts of the event that arrived first is. */
  byMs: number;
  afterCallId: string;
}

/**
 * What a call can show that makes a call rule worth running on it:
 * - `unusual-outcome`: it did not get its endpoint's documented success (201 for the sessions
 *   call, 204 for an event): a network failure, a 4xx or 5xx, or anything else;
 * - `sessions-endpoint`: it went to /api/v1/sessions;
 * - `body-not-json`: its body was withheld, missing, is not JSON, or nests too deep to inspect;
 * - `params`, `qoeData`, `customMetadata`: its body has that key;
 * - `late`: an event of its session with a later ts reached the server first;
 * - `schema-issues`: its body is JSON that breaks its event's schema.
 */
export type CallTrait =
  | 'unusual-outcome'
  | 'sessions-endpoint'
  | 'body-not-json'
  | 'params'
  | 'qoeData'
  | 'customMetadata'
  | 'late'
  | 'schema-issues';

/**
 * The calls a rule has something to say about: those showing any of `traits` or carrying any of
 * `eventTypes`. The inspector skips the rule on every other call, as a linter runs a rule only
 * on the node types it asks for: nearly every call is a ping answered 204, which most rules
 * have nothing to say about, and inspection must keep pace with the traffic. A test runs every
 * rule on every call of its cases and checks that the triggers hide no finding.
 */
export interface CallTriggers {
  traits?: readonly CallTrait[];
  eventTypes?: readonly EventType[];
}

export interface CallRule {
  kind: 'call';
  meta: RuleMeta;
  /** Absent: the rule runs on every call. */
  triggers?: CallTriggers;
  check(ctx: CallContext, report: Reporter): void;
}

/** One event of a session as the sequencing rules see it: accepted by the server, in ts order. */
export type SequencedEvent = MediaEvent;

/** Facts about the session, shared by all sequence rules. */
export interface SessionFacts {
  /** False when capture began after the session's sessionStart was sent. */
  startSeen: boolean;
  /** The API the session speaks: the rules are the same, but what to send to fix a finding may differ. */
  api: ApiName;
}

/**
 * A rule over the events of one session in ts order. Its state must be plain data (cloned
 * at checkpoints so a late, out-of-order call can be slotted in by replaying the tail).
 */
export interface SequenceRule<S = unknown> {
  kind: 'sequence';
  meta: RuleMeta;
  /**
   * The event types the rule reads; the tracker steps it only on those (absent: on every event).
   * A rule that keeps track of time or order between events needs every event.
   */
  eventTypes?: readonly EventType[];
  init(facts: SessionFacts): S;
  clone(state: S): S;
  onEvent(state: S, event: SequencedEvent, report: Reporter): void;
  /** At the end of the input (end of a HAR): what is still open. Never called for live capture. */
  onEnd?(state: S, last: SequencedEvent, report: Reporter): void;
}

export type Rule = CallRule | SequenceRule<any>;
