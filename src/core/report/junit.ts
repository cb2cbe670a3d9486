import type { Translator } from '../../i18n/translator.js';
import type { ApiName } from '../classify.js';
import { citedLabel, citedPages } from '../rules/cited-pages.js';
import { type FileReport, type ReportedFinding, type SessionReport } from './file-report.js';
import { disagreementLine, noCallsLine, sessionHeading, severityLabel } from './words.js';

export interface JunitOptions {
  /** Leave info findings out of system-out. */
  quiet: boolean;
  translator: Translator;
}

/**
 * JUnit XML for CI (Jenkins, GitLab, GitHub Actions reporters): one testsuite per file, one
 * testcase per session, one <failure> per error finding. Warnings and infos go to the testcase's
 * system-out, where CI shows them without failing the build. `failures` counts failed testcases,
 * as JUnit's own reports do. Valid against the JUnit schema Jenkins' xUnit plugin validates with
 * (test/fixtures/junit/).
 */
export function formatJunit(reports: readonly FileReport[], opts: JunitOptions): string {
  const sessions = reports.reduce((n, r) => n + r.sessions.length, 0);
  const failed = reports.reduce((n, r) => n + r.sessions.filter(hasErrors).length, 0);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="mc-inspect" tests="${sessions}" failures="${failed}" errors="0">`,
  ];
  for (const r of reports) out.push(...suite(r, opts));
  out.push('</testsuites>');
  return out.join('\n') + '\n';
}

function suite(r: FileReport, opts: JunitOptions): string[] {
  const first = r.sessions.reduce((t, s) => Math.min(t, s.session.firstStartedAt), Infinity);
  const attrs = [
    attr('name', r.file),
    attr('tests', String(r.sessions.length)),
    attr('failures', String(r.sessions.filter(hasErrors).length)),
    attr('errors', '0'),
    attr('skipped', '0'),
    ...(Number.isFinite(first) && first > 0 ? [attr('timestamp', new Date(first).toISOString().replace(/\.\d+Z$/, ''))] : []),
  ];
  const out = [`  <testsuite ${attrs.join(' ')}>`];
  for (const s of r.sessions) out.push(...testcase(r.file, s, opts));
  const t = opts.translator;
  const notes = [...(r.apiCalls === 0 ? [noCallsLine(t)] : []), ...r.skipped.map((s) => t.t('report.skipped', { index: s.index, reason: s.reason }))];
  if (notes.length > 0) out.push(`    <system-out>${xmlText(notes.join('\n'))}</system-out>`);
  out.push('  </testsuite>');
  return out;
}

function testcase(file: string, report: SessionReport, opts: JunitOptions): string[] {
  const s = report.session;
  const t = opts.translator;
  const api = s.api ?? 'media-collection';
  const media = s.mediaName ?? s.mediaId;
  const name = `${sessionHeading(s, s.sid || undefined, t)}${media ? ` "${media}"` : ''}`;
  const seconds = Math.max(0, s.lastStartedAt - s.firstStartedAt) / 1000;
  const head = `    <testcase ${[attr('name', name), attr('classname', file), attr('time', seconds.toFixed(3))].join(' ')}`;
  const errors = report.findings.filter((f) => f.severity === 'error');
  const others = report.findings.filter((f) => f.severity === 'warning' || (f.severity === 'info' && !opts.quiet));
  if (errors.length === 0 && others.length === 0) return [`${head}/>`];
  const out = [`${head}>`];
  for (const f of errors) {
    out.push(`      <failure ${[attr('type', f.rule), attr('message', headline(f, t))].join(' ')}>${xmlText(details(f, api, t))}</failure>`);
  }
  if (others.length > 0) out.push(`      <system-out>${xmlText(others.map((f) => `${severityLabel(t, f.severity)} ${f.rule} ${details(f, api, t)}`).join('\n\n'))}</system-out>`);
  out.push('    </testcase>');
  return out;
}

/** "#3 adStart: adStart outside an ad break…". */
function headline(f: ReportedFinding, t: Translator): string {
  return `#${f.call}${f.eventType ? ` ${f.eventType}` : ''}: ${t.text(f.message)}`;
}

function details(f: ReportedFinding, api: ApiName, t: Translator): string {
  const lines = [headline(f, t)];
  if (f.action) lines.push(`→ ${t.text(f.action)}`);
  for (const cited of citedPages(f.rule, api)) lines.push(`${t.t('report.docs')}: ${citedLabel(t, cited, cited.url)}`);
  if (f.contradiction) lines.push(disagreementLine(f.contradiction, t));
  return lines.join('\n');
}

function hasErrors(s: SessionReport): boolean {
  return s.findings.some((f) => f.severity === 'error');
}

function attr(name: string, value: string): string {
  return `${name}="${xmlAttr(value)}"`;
}

/**
 * Characters XML 1.0 forbids outright (most C0 controls, lone surrogates, U+FFFE and U+FFFF):
 * no escape can carry them, so they are replaced visibly, a control by its Control Pictures
 * sign (U+0001 → ␁), the rest by U+FFFD.
 */
export function xmlChars(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, (c) => String.fromCharCode(0x2400 + c.charCodeAt(0)))
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\ufffe\uffff]/g, '\ufffd');
}

/** Element text: `]]>` and markup become plain characters; a carriage return survives as a reference. */
export function xmlText(s: string): string {
  return xmlChars(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** A double-quoted attribute value; tabs and line breaks as references, which attribute normalisation keeps. */
export function xmlAttr(s: string): string {
  return xmlText(s).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}
