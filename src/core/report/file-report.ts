import type { CapturedCall } from '../call.js';
import type { Finding } from '../finding.js';
import { readHar } from '../har/read-har.js';
import { inspectAll } from '../inspect-all.js';
import { eventTypeOfBody } from '../edge/edge-event.js';
import { isObject, parseBody } from '../media-event.js';
import { adobeSdkOf } from '../sdk/adobe-sdks.js';
import type { RuleSettings } from '../settings/rule-settings.js';
import type { SessionView } from '../session.js';
import { severityRank } from '../severity.js';

export interface ReportedFinding extends Finding {
  /** 0-based index of the entry in the file's log.entries. */
  call: number;
  eventType?: string;
}

export interface SessionReport {
  file: string;
  session: SessionView;
  /** The Adobe Media SDK that sent the session ("js-3.1.0"), when its sessionStart says so. */
  sdk?: string;
  findings: ReportedFinding[];
}

export interface FileReport {
  file: string;
  entries: number;
  apiCalls: number;
  skipped: { index: number; reason: string }[];
  sessions: SessionReport[];
  /** The calls judged, by id: for reports that list a session's events. */
  calls: ReadonlyMap<string, CapturedCall>;
}

/** The settings a report was judged by, and the file they came from (the CLI's --config). */
export interface ReportSettings {
  file: string;
  settings: RuleSettings;
}

/** Reads and inspects one HAR text, judged by `settings` when given; throws HarError when it is not a HAR. */
export function reportHar(file: string, text: string, settings?: RuleSettings): FileReport {
  const { calls, skipped } = readHar(text);
  return reportCalls(file, calls, skipped, settings);
}

/**
 * Inspects a whole capture as the command line does (to the end of the input) and groups the
 * findings by session. Call ids must be numbers (a HAR entry's index), which the report shows as
 * `#N`; see numberCalls for calls captured live.
 */
export function reportCalls(file: string, calls: readonly CapturedCall[], skipped: FileReport['skipped'] = [], settings?: RuleSettings): FileReport {
  const inspector = inspectAll(calls, settings);
  const byId = new Map(calls.map((c) => [c.id, c]));
  const sessions = inspector.sessions().map((session) => ({
    file,
    session,
    ...sdkOf(session.startCallId === undefined ? undefined : byId.get(session.startCallId)),
    findings: session.callIds
      .flatMap((id) => reportedFindings(inspector.findingsOf(id), byId))
      .sort((a, b) => a.call - b.call || severityRank(b.severity) - severityRank(a.severity)),
  }));
  const apiCalls = sessions.reduce((n, s) => n + s.session.callIds.length, 0);
  return { file, entries: calls.length + skipped.length, apiCalls, skipped, sessions, calls: byId };
}

/**
 * Calls captured live, renumbered by their position: the entry index each gets in a HAR exported
 * in this order, so that a report's `#N` and the exported file agree.
 */
export function numberCalls(calls: readonly CapturedCall[]): CapturedCall[] {
  return calls.map((call, index) => ({ ...call, id: String(index) }));
}

function sdkOf(start: CapturedCall | undefined): { sdk?: string } {
  const body = start ? parseBody(start) : undefined;
  if (body?.kind !== 'json' || !isObject(body.value) || !isObject(body.value['params'])) return {};
  const sdk = adobeSdkOf(body.value['params']['media.libraryVersion']);
  return sdk === '' ? {} : { sdk };
}

/** A call's findings with its entry index and eventType; each body is parsed once, however many findings it has. */
function reportedFindings(findings: readonly Finding[], byId: ReadonlyMap<string, CapturedCall>): ReportedFinding[] {
  const eventTypes = new Map<string, string | undefined>();
  return findings.map((f) => {
    const out: ReportedFinding = { ...f, call: Number(f.callId) };
    if (!eventTypes.has(f.callId)) {
      const call = byId.get(f.callId);
      eventTypes.set(f.callId, call ? eventTypeOf(call) : undefined);
    }
    const eventType = eventTypes.get(f.callId);
    if (eventType !== undefined) out.eventType = eventType;
    return out;
  });
}

/** The eventType a call's JSON body names, in either API's format, whatever it is; undefined when the body has none. */
export function eventTypeOf(call: CapturedCall): string | undefined {
  const body = parseBody(call);
  return body.kind === 'json' ? eventTypeOfBody(body.value) : undefined;
}

export function countBySeverity(reports: readonly FileReport[]): { errors: number; warnings: number; infos: number } {
  const counts = { errors: 0, warnings: 0, infos: 0 };
  for (const r of reports) for (const s of r.sessions) for (const f of s.findings) {
    if (f.severity === 'error') counts.errors++;
    else if (f.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  return counts;
}
