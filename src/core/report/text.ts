import type { Translator } from '../../i18n/translator.js';
import { SEVERITIES } from '../severity.js';
import { describeLink } from '../edge/edge-session-link.js';
import { describeSettings } from '../settings/rule-settings.js';
import { countBySeverity, type FileReport, type ReportSettings, type SessionReport } from './file-report.js';
import { groupRepeats, type FindingGroup } from './group-findings.js';
import { printable } from './printable.js';
import { disagreementLine, fileCounts, findingCounts, noCallsLine, sessionHeading, sessionState, severityLabel } from './words.js';

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
  const t = opts.translator;
  const out: string[] = [];
  if (opts.settings) {
    const lines = describeSettings(opts.settings.settings, t);
    const file = printable(opts.settings.file);
    out.push(st.dim(t.t(lines.length === 0 ? 'report.settings.from-none' : 'report.settings.from', { file })), ...lines.map((l) => st.dim(`  ${printable(l)}`)), '');
  }
  for (const r of reports) {
    out.push(st.bold(printable(r.file)) + st.dim(` — ${fileCounts(r, t)}`));
    if (r.apiCalls === 0) out.push(`  ${noCallsLine(t)}`);
    for (const s of r.skipped) out.push(st.warning(`  ${t.t('report.skipped', { index: s.index, reason: printable(s.reason) })}`));
    for (const report of r.sessions) {
      out.push('', '  ' + sessionTitle(report, st, t));
      const shown = opts.quiet ? report.findings.filter((f) => f.severity !== 'info') : report.findings;
      if (shown.length === 0) out.push(st.dim(`    ${t.t('report.no-findings')}`));
      for (const group of groupRepeats(shown)) out.push(...findingLines(group, st, t));
    }
    out.push('');
  }
  const summary = findingCounts(reports, t);
  out.push(countBySeverity(reports).errors > 0 ? st.error(st.bold(summary)) : st.bold(summary));
  return out.join('\n');
}

function sessionTitle({ session: s, sdk }: SessionReport, st: Style, t: Translator): string {
  const id = sessionHeading(s, s.sid ? (s.sid.length > 16 ? s.sid.slice(0, 12) + '…' : s.sid) : undefined, t);
  const name = s.mediaName ?? s.mediaId;
  // Read from the body: printed only through printable().
  const details = [s.contentType, s.playerName].filter(Boolean).join(', ');
  const { state, calls } = sessionState(s, t);
  const parts = [st.bold(printable(id)), name ? `"${printable(name)}"` : '', details ? `(${printable(details)})` : '', st.dim(`${state} · ${calls}`)];
  if (sdk !== undefined) parts.push(st.dim(`· ${t.t('report.session.sdk', { sdk: printable(sdk) })}`));
  if (!s.startSeen) parts.push(st.warning(`· ${t.t('report.session.start-not-captured')}`));
  if (s.locationHint) parts.push(st.dim(`· ${t.t('report.session.location-hint', { hint: printable(s.locationHint) })}`));
  const lines = parts.filter(Boolean).join(' ');
  // How a Media Edge session's events were tied to its sessionStart, on a line of its own.
  return s.link && s.link.by !== 'response' ? `${lines}\n    ${(s.link.uncertain ? st.warning : st.dim)(describeLink(s.link, t))}` : lines;
}

function findingLines({ first: f, calls }: FindingGroup, st: Style, t: Translator): string[] {
  const sev = pad(severityLabel(t, f.severity), severityWidth(t));
  const times = calls.length > 1 ? ` ×${calls.length} (${calls.map((c) => `#${c}`).join(', ')})` : '';
  const head = `    #${pad(String(f.call), 4)} ${pad(printable(f.eventType ?? ''), 16)} ${st[f.severity](sev)} ${st.dim(f.rule)}${times}`;
  const lines = [head, `          ${printable(t.text(f.message))}${calls.length > 1 ? st.dim(` ${t.t('report.first-of-them')}`) : ''}`];
  if (f.action) lines.push(st.dim(`          → ${printable(t.text(f.action))}`));
  if (f.contradiction) lines.push(st.dim(`          ${disagreementLine(f.contradiction, t)}`));
  return lines;
}

/** The widest severity label of the language, so that the rule ids after it line up. */
function severityWidth(t: Translator): number {
  return Math.max(...SEVERITIES.map((s) => width(severityLabel(t, s))));
}

/** Columns on a terminal: a wide (CJK) character takes two. */
function width(s: string): number {
  return [...s].reduce((n, c) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(c) ? 2 : 1), 0);
}

function pad(s: string, n: number): string {
  const w = width(s);
  return w >= n ? s : s + ' '.repeat(n - w);
}
