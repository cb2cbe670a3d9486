import type { Translator } from '../../i18n/translator.js';
import { contradictionDocPath, contradictionLabel } from '../contradictions.js';
import type { Severity } from '../severity.js';
import { describeLink } from '../edge/edge-session-link.js';
import { describeSettings } from '../settings/rule-settings.js';
import { countBySeverity, type FileReport, type ReportedFinding, type ReportSettings, type SessionReport } from './file-report.js';
import { groupRepeats, type FindingGroup } from './group-findings.js';
import { plural } from './plural.js';
import { printable } from './printable.js';

interface Style {
  error(s: string): string;
  warning(s: string): string;
  info(s: string): string;
  bold(s: string): string;
  dim(s: string): string;
}

const ansi = (code: string) => (s: string) => `\u001b[${code}m${s}\u001b[0m`;
const COLOR: Style = { error: ansi('31'), warning: ansi('33'), info: ansi('36'), bold: ansi('1'), dim: ansi('2') };
const PLAIN: Style = { error: (s) => s, warning: (s) => s, info: (s) => s, bold: (s) => s, dim: (s) => s };

/**
 * A report for people: grouped by file and session, in call order, one block per finding or per
 * run of the same rule's findings in a session ("×8").
 */
export function formatText(reports: readonly FileReport[], opts: { color: boolean; quiet: boolean; settings?: ReportSettings | undefined; translator: Translator }): string {
  const st = opts.color ? COLOR : PLAIN;
  const out: string[] = [];
  if (opts.settings) {
    const lines = describeSettings(opts.settings.settings);
    out.push(st.dim(`Settings from ${opts.settings.file}${lines.length === 0 ? ': none set' : ':'}`), ...lines.map((l) => st.dim(`  ${l}`)), '');
  }
  for (const r of reports) {
    out.push(st.bold(printable(r.file)) + st.dim(` — ${plural(r.entries, 'entr', 'y', 'ies')}, ${apiCallCounts(r)}, ${plural(r.sessions.length, 'session')}`));
    if (r.apiCalls === 0) {
      out.push('  No Media Collection API calls (POST …/api/v1/sessions or …/sessions/{sid}/events) and no Media Edge API calls (POST …/va/v1/{event}, or an Edge interact call carrying media.sessionStart) in this file.');
    }
    for (const s of r.skipped) out.push(st.warning(`  entry ${s.index} skipped: ${printable(s.reason)}`));
    for (const report of r.sessions) {
      out.push('', '  ' + sessionTitle(report, st));
      const shown = opts.quiet ? report.findings.filter((f) => f.severity !== 'info') : report.findings;
      if (shown.length === 0) out.push(st.dim('    no findings'));
      for (const group of groupRepeats(shown)) out.push(...findingLines(group, st, opts.translator));
    }
    out.push('');
  }
  const c = countBySeverity(reports);
  const summary = `${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}, ${plural(c.infos, 'info')}`;
  out.push(c.errors > 0 ? st.error(st.bold(summary)) : st.bold(summary));
  return out.join('\n');
}

/** "27 Media Collection API calls", "12 Media Edge API calls", or both: the APIs the file holds. */
function apiCallCounts(r: FileReport): string {
  let edge = 0;
  for (const { session } of r.sessions) if (session.api === 'media-edge') edge += session.callIds.length;
  const mc = r.apiCalls - edge;
  const parts = [];
  if (mc > 0 || edge === 0) parts.push(plural(mc, 'Media Collection API call'));
  if (edge > 0) parts.push(plural(edge, 'Media Edge API call'));
  return parts.join(', ');
}

function sessionTitle({ session: s, sdk }: SessionReport, st: Style): string {
  const api = s.api === 'media-edge' ? 'Media Edge session' : 'Session';
  const id = s.sid ? `${api} ${s.sid.length > 16 ? s.sid.slice(0, 12) + '…' : s.sid}` : `${api} not created`;
  const name = s.mediaName ?? s.mediaId;
  // Read from the body: printed only through printable().
  const details = [s.contentType, s.playerName].filter(Boolean).join(', ');
  const parts = [st.bold(printable(id)), name ? `"${printable(name)}"` : '', details ? `(${printable(details)})` : '', st.dim(`${s.state} · ${plural(s.callIds.length, 'call')}`)];
  if (sdk !== undefined) parts.push(st.dim(`· Adobe Media SDK ${sdk}`));
  if (!s.startSeen) parts.push(st.warning('· sessionStart not captured'));
  if (s.locationHint) parts.push(st.dim(`· location hint ${s.locationHint}`));
  const lines = parts.filter(Boolean).join(' ');
  // How a Media Edge session's events were tied to its sessionStart, on a line of its own.
  return s.link && s.link.by !== 'response' ? `${lines}\n    ${(s.link.uncertain ? st.warning : st.dim)(describeLink(s.link))}` : lines;
}

function findingLines({ first: f, calls }: FindingGroup, st: Style, t: Translator): string[] {
  const sev = pad(f.severity, 7);
  const times = calls.length > 1 ? ` ×${calls.length} (${calls.map((c) => `#${c}`).join(', ')})` : '';
  const head = `    #${pad(String(f.call), 4)} ${pad(printable(f.eventType ?? ''), 16)} ${st[f.severity as Severity](sev)} ${st.dim(f.rule)}${times}`;
  const lines = [head, `          ${printable(t.text(f.message))}${calls.length > 1 ? st.dim(' (the first of them)') : ''}`];
  if (f.action) lines.push(st.dim(`          → ${printable(t.text(f.action))}`));
  if (f.contradiction) lines.push(st.dim(`          Where Adobe's pages disagree (${contradictionLabel(f.contradiction)}): ${contradictionDocPath(f.contradiction)}`));
  return lines;
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}
