import type { MessageId } from '../../i18n/catalog.js';
import type { Translator } from '../../i18n/translator.js';
import { contradictionDocPath, contradictionLabel, type ContradictionId } from '../contradictions.js';
import type { SessionView } from '../session.js';
import type { Severity } from '../severity.js';
import { countBySeverity, type FileReport } from './file-report.js';

/**
 * The phrases every report writer says alike, in the reader's language. Values from a capture
 * (file names, sids, reasons) come in already made safe for the writer's format, and stay
 * values: the words around them are the catalog's.
 */

const SEVERITY_LABELS: Readonly<Record<Severity, MessageId>> = { error: 'severity.error', warning: 'severity.warning', info: 'severity.info' };

/** "error", "Fehler", "erreur". */
export function severityLabel(t: Translator, severity: Severity): string {
  return t.t(SEVERITY_LABELS[severity]);
}

/** The request paths a file without API calls is told to look for: API names, the same in every language. */
const API_PATHS = {
  sessionsPath: '…/api/v1/sessions',
  eventsPath: '…/sessions/{sid}/events',
  edgePath: '…/va/v1/{event}',
  edgeStart: 'media.sessionStart',
};

export function noCallsLine(t: Translator): string {
  return t.t('report.no-calls', API_PATHS);
}

/** "27 Media Collection API calls", "12 Media Edge API calls", or both: the APIs the file holds. */
function apiCallCounts(r: FileReport, t: Translator): string {
  let edge = 0;
  for (const { session } of r.sessions) if (session.api === 'media-edge') edge += session.callIds.length;
  const mc = r.apiCalls - edge;
  const parts = [];
  if (mc > 0 || edge === 0) parts.push(t.t('report.count.mc-calls', { count: mc }));
  if (edge > 0) parts.push(t.t('report.count.edge-calls', { count: edge }));
  return parts.join(', ');
}

/** "14 entries, 11 Media Collection API calls, 1 session". */
export function fileCounts(r: FileReport, t: Translator): string {
  return t.t('report.count.file', { entries: r.entries, apiCalls: apiCallCounts(r, t), sessions: r.sessions.length });
}

/** "5 errors, 2 warnings, 3 infos". */
export function findingCounts(reports: readonly FileReport[], t: Translator): string {
  const c = countBySeverity(reports);
  return t.t('report.count.findings', { errors: c.errors, warnings: c.warnings, infos: c.infos });
}

/** "Session 5f1e…", "Media Edge session not created"; `sid` as the writer shows it (shortened, escaped). */
export function sessionHeading(s: SessionView, sid: string | undefined, t: Translator): string {
  const edge = s.api === 'media-edge';
  if (sid === undefined) return t.t(edge ? 'report.session.not-created-edge' : 'report.session.not-created');
  return t.t(edge ? 'report.session.title-edge' : 'report.session.title', { sid });
}

/** "ended, 6 calls": the session's state and size. */
export function sessionState(s: SessionView, t: Translator): { state: string; calls: string } {
  return { state: t.t('report.session.state', { state: s.state }), calls: t.t('report.count.calls', { count: s.callIds.length }) };
}

/** "Where Adobe's pages disagree (C10): docs/contradictions.md#c10". */
export function disagreementLine(id: ContradictionId, t: Translator): string {
  return t.t('report.disagree', { label: contradictionLabel(id), path: contradictionDocPath(id) });
}
