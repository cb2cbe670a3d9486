import type { CapturedCall } from '../core/call.js';
import type { Finding } from '../core/finding.js';
import { readHar } from '../core/har/read-har.js';
import { inspectAll } from '../core/inspect-all.js';
import { isObject, parseBody } from '../core/media-event.js';
import { adobeSdkOf } from '../core/sdk/adobe-sdks.js';
import type { RuleSettings } from '../core/settings/rule-settings.js';
import type { SessionView } from '../core/session.js';
import { severityRank } from '../core/severity.js';

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
}

/** Reads and inspects one HAR text, judged by `settings` when given; throws HarError when it is not a HAR. */
export function reportHar(file: string, text: string, settings?: RuleSettings): FileReport {
  const { calls, skipped } = readHar(text);
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
  return { file, entries: calls.length + skipped.length, apiCalls, skipped, sessions };
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
    if (!eventTypes.has(f.callId)) eventTypes.set(f.callId, eventTypeOf(byId.get(f.callId)));
    const eventType = eventTypes.get(f.callId);
    if (eventType !== undefined) out.eventType = eventType;
    return out;
  });
}

function eventTypeOf(call: CapturedCall | undefined): string | undefined {
  const body = call ? parseBody(call) : undefined;
  return body?.kind === 'json' && isObject(body.value) && typeof body.value['eventType'] === 'string' ? body.value['eventType'] : undefined;
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
