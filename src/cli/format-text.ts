import { contradictionDocPath, contradictionLabel } from '../core/contradictions.js';
import type { Severity } from '../core/severity.js';
import type { SessionView } from '../core/session.js';
import { countBySeverity, type FileReport, type ReportedFinding } from './file-report.js';

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

/** A report for people: grouped by file and session, one finding per block, in call order. */
export function formatText(reports: readonly FileReport[], opts: { color: boolean; quiet: boolean }): string {
  const st = opts.color ? COLOR : PLAIN;
  const out: string[] = [];
  for (const r of reports) {
    out.push(st.bold(`${r.file}`) + st.dim(` — ${plural(r.entries, 'entr', 'y', 'ies')}, ${plural(r.apiCalls, 'Media Collection API call')}, ${plural(r.sessions.length, 'session')}`));
    if (r.apiCalls === 0) out.push('  No Media Collection API calls (POST …/api/v1/sessions or …/sessions/{sid}/events) in this file.');
    for (const s of r.skipped) out.push(st.warning(`  entry ${s.index} skipped: ${s.reason}`));
    for (const { session, findings } of r.sessions) {
      out.push('', '  ' + sessionTitle(session, st));
      const shown = opts.quiet ? findings.filter((f) => f.severity !== 'info') : findings;
      if (shown.length === 0) out.push(st.dim('    no findings'));
      for (const f of shown) out.push(...findingLines(f, st));
    }
    out.push('');
  }
  const c = countBySeverity(reports);
  const summary = `${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}, ${plural(c.infos, 'info')}`;
  out.push(c.errors > 0 ? st.error(st.bold(summary)) : st.bold(summary));
  return out.join('\n');
}

function sessionTitle(s: SessionView, st: Style): string {
  const id = s.sid ? `Session ${s.sid.length > 16 ? s.sid.slice(0, 12) + '…' : s.sid}` : 'Session not created';
  const name = s.mediaName ?? s.mediaId;
  const details = [s.contentType, s.playerName].filter(Boolean).join(', ');
  const parts = [st.bold(id), name ? `"${name}"` : '', details ? `(${details})` : '', st.dim(`${s.state} · ${plural(s.callIds.length, 'call')}`)];
  if (!s.startSeen) parts.push(st.warning('· sessionStart not captured'));
  return parts.filter(Boolean).join(' ');
}

function findingLines(f: ReportedFinding, st: Style): string[] {
  const sev = pad(f.severity, 7);
  const head = `    #${pad(String(f.call), 4)} ${pad(f.eventType ?? '', 16)} ${st[f.severity as Severity](sev)} ${st.dim(f.rule)}`;
  const lines = [head, `          ${f.message}`];
  if (f.action) lines.push(st.dim(`          → ${f.action}`));
  if (f.contradiction) lines.push(st.dim(`          Where Adobe's pages disagree (${contradictionLabel(f.contradiction)}): ${contradictionDocPath(f.contradiction)}`));
  return lines;
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

function plural(n: number, stem: string, one = '', many = 's'): string {
  return `${n} ${stem}${n === 1 ? one : many}`;
}
