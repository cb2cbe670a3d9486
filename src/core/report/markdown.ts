import type { Translator } from '../../i18n/translator.js';
import type { CapturedCall } from '../call.js';
import { contradictionDocPath, contradictionLabel, contradictionTitle } from '../contradictions.js';
import { docPage, docUrl } from '../docs.js';
import { ruleMeta } from '../rules/index.js';
import { describeSettings } from '../settings/rule-settings.js';
import type { Severity } from '../severity.js';
import { countBySeverity, eventTypeOf, type FileReport, type ReportSettings, type SessionReport } from './file-report.js';
import { groupRepeats, type FindingGroup } from './group-findings.js';
import { plural } from './plural.js';

export interface MarkdownOptions {
  /** Hide info findings. */
  quiet: boolean;
  settings?: ReportSettings | undefined;
  translator: Translator;
}

const SEVERITY_HEADINGS: readonly [Severity, string][] = [
  ['error', 'Errors'],
  ['warning', 'Warnings'],
  ['info', 'Info'],
];

/**
 * A report to paste into a GitHub or Jira ticket: per session its name and ids, its events as
 * one compact line, its findings by severity with the pages they enforce, and a one-line verdict
 * first. Everything that comes from a capture goes through `mdText`: a body can carry Markdown
 * or HTML, and none of it may become a link, a heading or markup in the ticket.
 */
export function formatMarkdown(reports: readonly FileReport[], opts: MarkdownOptions): string {
  const out: string[] = ['# Media Collection API report', '', verdict(reports), ''];
  if (opts.settings) {
    const lines = describeSettings(opts.settings.settings);
    out.push(`Judged with the settings from ${mdText(opts.settings.file)}${lines.length === 0 ? ' (none set).' : ':'}`, ...lines.map((l) => `- ${mdText(l)}`), '');
  }
  for (const r of reports) {
    out.push(`## ${mdText(r.file)}`, '', `${plural(r.entries, 'entr', 'y', 'ies')}, ${plural(r.apiCalls, 'Media Collection API call')}, ${plural(r.sessions.length, 'session')}.`, '');
    if (r.apiCalls === 0) out.push('No Media Collection API calls (POST …/api/v1/sessions or …/sessions/{sid}/events) in this file.', '');
    if (r.skipped.length > 0) out.push(...r.skipped.map((s) => `- Entry ${s.index} skipped: ${mdText(s.reason)}`), '');
    for (const session of r.sessions) out.push(...sessionSection(session, r.calls, opts.quiet, opts.translator));
  }
  return out.join('\n').replace(/\n+$/, '\n');
}

function verdict(reports: readonly FileReport[]): string {
  const c = countBySeverity(reports);
  const sessions = reports.reduce((n, r) => n + r.sessions.length, 0);
  const counts = `${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}, ${plural(c.infos, 'info')} in ${plural(sessions, 'session')}`;
  if (sessions === 0) return '**Verdict: nothing to judge**: no Media Collection API calls.';
  if (c.errors > 0) return `**Verdict: FAIL**: ${counts}.`;
  return `**Verdict: PASS**${c.warnings > 0 ? ' with warnings' : ''}: ${counts}.`;
}

function sessionSection(report: SessionReport, calls: ReadonlyMap<string, CapturedCall>, quiet: boolean, t: Translator): string[] {
  const s = report.session;
  const name = s.mediaName ?? s.mediaId;
  const out = [`### Session ${s.sid ? mdText(s.sid) : 'not created'}${name ? `: ${mdText(name)}` : ''}`, ''];
  out.push(`- **sid:** ${s.sid ? mdText(s.sid) : 'none (the sessions call got no session id)'}`);
  const media = [s.mediaName && `name ${mdText(s.mediaName)}`, s.mediaId && `id ${mdText(s.mediaId)}`, s.contentType && `type ${mdText(s.contentType)}`].filter(Boolean);
  if (media.length > 0) out.push(`- **Media:** ${media.join(', ')}`);
  const player = [s.playerName && mdText(s.playerName), report.sdk !== undefined && `Adobe Media SDK ${mdText(report.sdk)}`].filter(Boolean);
  if (player.length > 0) out.push(`- **Player:** ${player.join(', ')}`);
  out.push(`- **API:** ${mdText(s.base)}`);
  out.push(`- **State:** ${s.state}, ${plural(s.callIds.length, 'call')}${s.startSeen ? '' : ', sessionStart not captured'}`);
  out.push(`- **Events** (#entry type status): ${timeline(s.callIds, calls)}`, '');
  const shown = quiet ? report.findings.filter((f) => f.severity !== 'info') : report.findings;
  if (shown.length === 0) out.push('No findings.', '');
  for (const [severity, heading] of SEVERITY_HEADINGS) {
    const groups = groupRepeats(shown.filter((f) => f.severity === severity));
    if (groups.length === 0) continue;
    const count = groups.reduce((n, g) => n + g.calls.length, 0);
    out.push(`**${heading} (${count})**`, '', ...groups.flatMap((group) => findingItem(group, t)), '');
  }
  return out;
}

interface Step {
  from: number;
  to: number;
  label: string;
  count: number;
}

/** The session's calls on one line; a run of the same event with the same outcome (pings) is one step: `#4–#40 ping 204 ×37`. */
function timeline(callIds: readonly string[], calls: ReadonlyMap<string, CapturedCall>): string {
  const steps: Step[] = [];
  for (const id of callIds) {
    const call = calls.get(id);
    const label = call ? stepLabel(call) : 'unknown';
    const last = steps.at(-1);
    if (last && last.label === label) {
      last.to = Number(id);
      last.count++;
    } else steps.push({ from: Number(id), to: Number(id), label, count: 1 });
  }
  return steps.map((s) => (s.count === 1 ? `#${s.from} ${s.label}` : `#${s.from}–#${s.to} ${s.label} ×${s.count}`)).join(' · ');
}

function stepLabel(call: CapturedCall): string {
  const type = eventTypeOf(call);
  const outcome = call.status !== undefined ? String(call.status) : call.networkError !== undefined ? 'failed' : 'pending';
  return `${type === undefined ? '(no eventType)' : mdText(type)} ${outcome}`;
}

function findingItem({ first: f, calls }: FindingGroup, t: Translator): string[] {
  const where = calls.length > 1 ? `×${calls.length} (${calls.map((c) => `#${c}`).join(', ')}; the first shown)` : `#${f.call}`;
  const lines = [`- **${mdText(f.rule)}** ${where}${f.eventType ? ` ${mdText(f.eventType)}` : ''}: ${mdText(t.text(f.message))}`];
  if (f.action) lines.push(`  → ${mdText(t.text(f.action))}`);
  const links = (ruleMeta(f.rule)?.docs ?? []).map((key) => {
    const page = docPage(key);
    return `[${mdText(t.t(page.title))}](${docUrl(page)})`;
  });
  if (f.contradiction) {
    links.push(`where Adobe's pages disagree: [${contradictionLabel(f.contradiction)}: ${mdText(contradictionTitle(f.contradiction))}](${contradictionDocPath(f.contradiction)})`);
  }
  if (links.length > 0) lines.push(`  Docs: ${links.join(' · ')}`);
  // Two trailing spaces end a line inside a list item without starting a paragraph.
  return lines.map((l, i) => (i < lines.length - 1 ? `${l}  ` : l));
}

/**
 * Text from a capture (bodies, URLs, file names) as inert Markdown: one line (a line break could
 * start a heading, a list or a table row), and every character that can open Markdown or HTML
 * backslash-escaped, which CommonMark and GitHub's dialect then show as itself: code spans,
 * emphasis, strikethrough, links and images, HTML and autolinks, entities, table cells, math, and
 * the `:`, `@` and `www.` that GitHub turns into links. Invisible controls are replaced visibly.
 */
export function mdText(s: string): string {
  return s
    .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ⏎ ')
    .replace(/\t/g, ' ')
    .replace(/[\u0000-\u001f\u007f]/g, '\ufffd')
    .replace(/[\\`*_[\]<>#|~&:@$!]/g, '\\$&')
    .replace(/(www)\./gi, '$1\\.');
}
