import type { MessageId } from '../../i18n/catalog.js';
import type { Translator } from '../../i18n/translator.js';
import type { CapturedCall } from '../call.js';
import { contradictionDocPath, contradictionLabel, contradictionTitle } from '../contradictions.js';
import type { ApiName } from '../classify.js';
import { citedLabel, citedPages } from '../rules/cited-pages.js';
import { describeSettings } from '../settings/rule-settings.js';
import type { Severity } from '../severity.js';
import { countBySeverity, eventTypeOf, type FileReport, type ReportSettings, type SessionReport } from './file-report.js';
import { groupRepeats, type FindingGroup } from './group-findings.js';
import { fileCounts, findingCounts, noCallsLine, sessionHeading, sessionState } from './words.js';

export interface MarkdownOptions {
  /** Hide info findings. */
  quiet: boolean;
  settings?: ReportSettings | undefined;
  translator: Translator;
}

const SEVERITY_HEADINGS: readonly [Severity, MessageId][] = [
  ['error', 'report.heading.error'],
  ['warning', 'report.heading.warning'],
  ['info', 'report.heading.info'],
];

/**
 * A report to paste into a GitHub or Jira ticket: per session its name and ids, its events as
 * one compact line, its findings by severity with the pages they enforce, and a one-line verdict
 * first. Everything that comes from a capture goes through `mdText`: a body can carry Markdown
 * or HTML, and none of it may become a link, a heading or markup in the ticket. The catalog's
 * words are ours and carry no Markdown (test/core/report/languages.test.ts checks every language).
 */
export function formatMarkdown(reports: readonly FileReport[], opts: MarkdownOptions): string {
  const t = opts.translator;
  const out: string[] = [`# ${t.t('report.title')}`, '', verdict(reports, t), ''];
  if (opts.settings) {
    const lines = describeSettings(opts.settings.settings, t);
    const file = mdText(opts.settings.file);
    out.push(t.t(lines.length === 0 ? 'report.settings.judged-with-none' : 'report.settings.judged-with', { file }), ...lines.map((l) => `- ${mdText(l)}`), '');
  }
  for (const r of reports) {
    out.push(`## ${mdText(r.file)}`, '', t.t('report.sentence', { text: fileCounts(r, t) }), '');
    if (r.apiCalls === 0) out.push(noCallsLine(t), '');
    if (r.skipped.length > 0) out.push(...r.skipped.map((s) => `- ${t.t('report.skipped', { index: s.index, reason: mdText(s.reason) })}`), '');
    for (const session of r.sessions) out.push(...sessionSection(session, r.calls, opts.quiet, t));
  }
  return out.join('\n').replace(/\n+$/, '\n');
}

function verdict(reports: readonly FileReport[], t: Translator): string {
  const c = countBySeverity(reports);
  const sessions = reports.reduce((n, r) => n + r.sessions.length, 0);
  const bold = (id: MessageId) => `**${t.t(id)}**`;
  if (sessions === 0) return t.t('report.verdict.line-no-calls', { verdict: bold('report.verdict.none') });
  const counts = t.t('report.count.findings-in-sessions', { findings: findingCounts(reports, t), sessions });
  if (c.errors > 0) return t.t('report.verdict.line', { verdict: bold('report.verdict.fail'), counts });
  return t.t(c.warnings > 0 ? 'report.verdict.line-with-warnings' : 'report.verdict.line', { verdict: bold('report.verdict.pass'), counts });
}

function sessionSection(report: SessionReport, calls: ReadonlyMap<string, CapturedCall>, quiet: boolean, t: Translator): string[] {
  const s = report.session;
  const name = s.mediaName ?? s.mediaId;
  const sid = s.sid ? mdText(s.sid) : undefined;
  const out = [`### ${sessionHeading(s, sid, t)}${name ? `: ${mdText(name)}` : ''}`, ''];
  out.push(`- **sid:** ${sid ?? t.t('report.md.no-sid')}`);
  const media = [
    s.mediaName && t.t('report.md.media-name', { name: mdText(s.mediaName) }),
    s.mediaId && t.t('report.md.media-id', { id: mdText(s.mediaId) }),
    s.contentType && t.t('report.md.media-type', { type: mdText(s.contentType) }),
  ].filter(Boolean);
  if (media.length > 0) out.push(`- **${t.t('report.md.media')}:** ${media.join(', ')}`);
  const player = [s.playerName && mdText(s.playerName), report.sdk !== undefined && t.t('report.session.sdk', { sdk: mdText(report.sdk) })].filter(Boolean);
  if (player.length > 0) out.push(`- **${t.t('report.md.player')}:** ${player.join(', ')}`);
  out.push(`- **API:** ${mdText(s.base)}`);
  const { state, calls: callCount } = sessionState(s, t);
  out.push(`- **${t.t('report.md.state')}:** ${[state, callCount, ...(s.startSeen ? [] : [t.t('report.session.start-not-captured')])].join(', ')}`);
  out.push(`- **${t.t('report.md.events')}** (#${t.t('report.md.events-legend')}): ${timeline(s.callIds, calls, t)}`, '');
  const shown = quiet ? report.findings.filter((f) => f.severity !== 'info') : report.findings;
  if (shown.length === 0) out.push(t.t('report.sentence', { text: t.t('report.no-findings') }), '');
  for (const [severity, heading] of SEVERITY_HEADINGS) {
    const groups = groupRepeats(shown.filter((f) => f.severity === severity));
    if (groups.length === 0) continue;
    const count = groups.reduce((n, g) => n + g.calls.length, 0);
    out.push(`**${t.t(heading)} (${t.number(count)})**`, '', ...groups.flatMap((group) => findingItem(group, s.api ?? 'media-collection', t)), '');
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
function timeline(callIds: readonly string[], calls: ReadonlyMap<string, CapturedCall>, t: Translator): string {
  const steps: Step[] = [];
  for (const id of callIds) {
    const call = calls.get(id);
    const label = call ? stepLabel(call, t) : t.t('report.step.unknown');
    const last = steps.at(-1);
    if (last && last.label === label) {
      last.to = Number(id);
      last.count++;
    } else steps.push({ from: Number(id), to: Number(id), label, count: 1 });
  }
  return steps.map((s) => (s.count === 1 ? `#${s.from} ${s.label}` : `#${s.from}–#${s.to} ${s.label} ×${s.count}`)).join(' · ');
}

function stepLabel(call: CapturedCall, t: Translator): string {
  const type = eventTypeOf(call);
  const outcome = call.status !== undefined ? String(call.status) : t.t(call.networkError !== undefined ? 'report.step.failed' : 'report.step.pending');
  return `${type === undefined ? t.t('report.step.no-event-type') : mdText(type)} ${outcome}`;
}

function findingItem({ first: f, calls }: FindingGroup, api: ApiName, t: Translator): string[] {
  const where = calls.length > 1 ? `×${calls.length} (${calls.map((c) => `#${c}`).join(', ')}; ${t.t('report.md.first-shown')})` : `#${f.call}`;
  const lines = [`- **${mdText(f.rule)}** ${where}${f.eventType ? ` ${mdText(f.eventType)}` : ''}: ${mdText(t.text(f.message))}`];
  if (f.action) lines.push(`  → ${mdText(t.text(f.action))}`);
  const links = citedPages(f.rule, api).map((cited) => `[${mdText(citedLabel(t, cited, t.t(cited.page.title)))}](${cited.url})`);
  if (f.contradiction) {
    links.push(`${t.t('report.md.disagree')}: [${contradictionLabel(f.contradiction)}: ${mdText(contradictionTitle(f.contradiction, t))}](${contradictionDocPath(f.contradiction)})`);
  }
  if (links.length > 0) lines.push(`  ${t.t('report.docs')}: ${links.join(' · ')}`);
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
