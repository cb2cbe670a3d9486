import type { CapturedCall } from '../core/call.js';
import { writeHar } from '../core/har/write-har.js';
import { numberCalls, reportCalls } from '../core/report/file-report.js';
import { REPORT_FORMATS } from '../core/report/index.js';
import type { CallEntry } from '../messaging/entry.js';
import { prefixOf } from './har-import/imported-id.js';
import { sessionLabel } from './session-label.js';
import type { PanelStore } from './store.js';

/** What Save HAR and the reports take: the picked session's calls, else every call in the panel. */
export interface Selection {
  /** "Night Shift", or "all sessions": for titles and file names. */
  label: string;
  calls: CallEntry[];
  sessions: number;
}

export function selectionOf(store: PanelStore): Selection {
  const key = store.filters.value.session;
  const picked = key === '' ? undefined : store.sessions.value.get(key);
  if (picked) return { label: sessionLabel(picked), calls: store.callsOfSession(picked.key), sessions: 1 };
  const calls = store.entries.value.filter((e): e is CallEntry => e.kind === 'call');
  return { label: 'all sessions', calls, sessions: store.sessions.value.size };
}

/** The HAR 1.2 text of the calls, as Chrome's Network panel and the command line read it. */
export function harOf(calls: readonly CallEntry[], version: string): string {
  return JSON.stringify(writeHar(calls.map((e) => e.call), { name: 'Media Collection Inspector', version }));
}

/**
 * The Markdown report of the calls, the command line's: one part per source (the live capture,
 * each imported file by its name), each numbered from #0 in list order.
 */
export function reportOf(calls: readonly CallEntry[], names: ReadonlyMap<string, string>): string {
  const bySource = new Map<string, CapturedCall[]>();
  for (const e of calls) {
    const prefix = prefixOf(e.call.id);
    const source = prefix === undefined ? LIVE_SOURCE : (names.get(prefix) ?? prefix);
    bySource.set(source, [...(bySource.get(source) ?? []), e.call]);
  }
  const reports = [...bySource].map(([source, list]) => reportCalls(source, numberCalls(list)));
  return REPORT_FORMATS.md.write(reports, { color: false, quiet: false });
}

export const LIVE_SOURCE = 'Captured in DevTools';

/** A file name from a label: letters, digits and dashes, dated to the day. */
export function fileNameFor(label: string, extension: string, now = new Date()): string {
  const stem = label.normalize('NFKD').replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'sessions';
  return `media-collection-${stem}-${now.toISOString().slice(0, 10)}.${extension}`;
}

