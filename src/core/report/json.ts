import type { Translator } from '../../i18n/translator.js';
import { contradictionDocPath } from '../contradictions.js';
import { countBySeverity, type FileReport, type ReportSettings } from './file-report.js';

/** The --format json document: stable keys, for CI scripts. Every finding is listed, repeated ones too. */
export function formatJson(reports: readonly FileReport[], opts: { settings?: ReportSettings | undefined; translator: Translator }): string {
  const loaded = opts.settings;
  const t = opts.translator;
  const counts = countBySeverity(reports);
  const doc = {
    settings: loaded ? { file: loaded.file, ...loaded.settings } : null,
    sessions: reports.flatMap((r) =>
      r.sessions.map(({ session, sdk, findings }) => ({
        file: r.file,
        api: session.api ?? 'media-collection',
        sid: session.sid ?? null,
        link: session.link ?? null,
        state: session.state,
        startSeen: session.startSeen,
        mediaName: session.mediaName ?? null,
        mediaId: session.mediaId ?? null,
        sdk: sdk ?? null,
        calls: session.callIds.map(Number),
        findings: findings.map((f) => ({
          rule: f.rule,
          severity: f.severity,
          call: f.call,
          eventType: f.eventType ?? null,
          messageId: f.message.id,
          message: t.text(f.message),
          actionId: f.action?.id ?? null,
          action: f.action ? t.text(f.action) : null,
          pointer: f.pointer ?? null,
          contradiction: f.contradiction ? contradictionDocPath(f.contradiction) : null,
          relatedCalls: (f.relatedCallIds ?? []).map(Number),
        })),
      })),
    ),
    skipped: reports.flatMap((r) => r.skipped.map((s) => ({ file: r.file, entry: s.index, reason: s.reason }))),
    summary: {
      files: reports.length,
      entries: reports.reduce((n, r) => n + r.entries, 0),
      apiCalls: reports.reduce((n, r) => n + r.apiCalls, 0),
      sessions: reports.reduce((n, r) => n + r.sessions.length, 0),
      ...counts,
    },
  };
  return JSON.stringify(doc, null, 2);
}
