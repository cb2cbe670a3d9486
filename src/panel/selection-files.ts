import type { Translator } from '../i18n/translator.js';
import type { CapturedCall } from '../core/call.js';
import { writeHar } from '../core/har/write-har.js';
import { numberCalls, reportCalls } from '../core/report/file-report.js';
import { REPORT_FORMATS } from '../core/report/index.js';
import type { CallEntry } from '../messaging/entry.js';
import { prefixOf } from './har-import/imported-id.js';
import { sessionLabel } from './session-label.js';
import type { ImportedSource, PanelStore } from './store.js';

/**
 * What Save HAR and the reports take: the picked session, else every session in the panel. Said
 * without gathering the calls, which only a click needs (a toolbar that renders per batch of an
 * import must not walk every call each time).
 */
export interface Selection {
  /** "Night Shift", for titles and file names; undefined when every session is taken. */
  label: string | undefined;
  /** A session is picked: the label is its name. */
  picked: boolean;
  sessions: number;
  calls: number;
}

export function selectionOf(t: Translator, store: PanelStore): Selection {
  const key = store.filters.value.session;
  const picked = key === '' ? undefined : store.sessions.value.get(key);
  if (picked) return { label: sessionLabel(t, picked), picked: true, sessions: 1, calls: 1 };
  return { label: undefined, picked: false, sessions: store.sessions.value.size, calls: store.callCount.value };
}

/** The calls of the selection, in list order. */
export function selectedCalls(store: PanelStore): CallEntry[] {
  const key = store.filters.value.session;
  if (key !== '' && store.sessions.value.has(key)) return store.callsOfSession(key);
  return store.entries.value.filter((e): e is CallEntry => e.kind === 'call');
}

/** The HAR 1.2 text of the calls, as Chrome's Network panel and the command line read it. */
export function harOf(calls: readonly CallEntry[], version: string): string {
  return JSON.stringify(writeHar(calls.map((e) => e.call), { name: 'Media Collection Inspector', version }));
}

/**
 * The Markdown report of the calls, the command line's: one part per source (the live capture,
 * each imported file by its name), each numbered from #0 in list order, in `t`'s language
 * (English until the panel hands over the language it shows).
 */
export function reportOf(t: Translator, calls: readonly CallEntry[], files: ReadonlyMap<string, ImportedSource>): string {
  const bySource = new Map<string, CapturedCall[]>();
  for (const e of calls) {
    const prefix = prefixOf(e.call.id);
    const source = prefix === undefined ? t.t('panel.report.live-source') : (files.get(prefix)?.name ?? prefix);
    bySource.set(source, [...(bySource.get(source) ?? []), e.call]);
  }
  const reports = [...bySource].map(([source, list]) => reportCalls(source, numberCalls(list)));
  return REPORT_FORMATS.md.write(reports, { color: false, quiet: false, translator: t });
}

/** A file name from a label (or every session's, without one): letters, digits and dashes, dated to the day. */
export function fileNameFor(label: string | undefined, extension: string, now = new Date()): string {
  label ??= 'all-sessions';
  const stem = label.normalize('NFKD').replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'sessions';
  return `media-collection-${stem}-${now.toISOString().slice(0, 10)}.${extension}`;
}

