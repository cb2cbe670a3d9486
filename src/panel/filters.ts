import type { Finding } from '../core/finding.js';
import type { CallEntry, TabEntry } from '../messaging/entry.js';
import { summarizeCall } from './call-summary.js';

export type SeverityFilter = 'all' | 'warnings' | 'errors';

export interface Filters {
  /** Matched, case-insensitively, against the event type, the sid and the body's text. */
  text: string;
  severity: SeverityFilter;
  /** '' for every event type. */
  eventType: string;
  /** A session key, or '' for every session. */
  session: string;
}

export const NO_FILTERS: Filters = { text: '', severity: 'all', eventType: '', session: '' };

export interface FilterContext {
  findings: ReadonlyMap<string, readonly Finding[]>;
  callSessions: ReadonlyMap<string, string>;
}

export function isFiltering(f: Filters): boolean {
  return f.text.trim() !== '' || f.severity !== 'all' || f.eventType !== '' || f.session !== '';
}

/**
 * The entries the list shows. Navigation markers stay while nothing narrows the list (they
 * mark where a page loaded) and go once a filter is set (they would separate nothing).
 */
export function filterEntries(entries: readonly TabEntry[], f: Filters, ctx: FilterContext): TabEntry[] {
  if (!isFiltering(f)) return entries as TabEntry[];
  const text = f.text.trim().toLowerCase();
  return entries.filter((e): e is CallEntry => e.kind === 'call' && matches(e, f, text, ctx));
}

function matches(entry: CallEntry, f: Filters, text: string, ctx: FilterContext): boolean {
  const id = entry.call.id;
  if (f.session !== '' && ctx.callSessions.get(id) !== f.session) return false;
  const s = summarizeCall(entry);
  if (f.eventType !== '' && s.eventType !== f.eventType) return false;
  if (f.severity !== 'all') {
    const list = ctx.findings.get(id) ?? [];
    const wanted = f.severity === 'errors' ? ['error'] : ['error', 'warning'];
    if (!list.some((x) => wanted.includes(x.severity))) return false;
  }
  if (text !== '') {
    return s.eventType.toLowerCase().includes(text) || (s.sid ?? '').toLowerCase().includes(text) || loweredBody(entry).includes(text) || s.status === text;
  }
  return true;
}

const lowered = new WeakMap<CallEntry, string>();

/**
 * The body's text, lower-cased, for the text filter: made the first time a text filter reads
 * it, not for every call that arrives (a copy of every body, most never searched).
 */
function loweredBody(entry: CallEntry): string {
  let text = lowered.get(entry);
  if (text === undefined) lowered.set(entry, (text = (entry.call.requestBody.kind === 'text' ? entry.call.requestBody.text : '').toLowerCase()));
  return text;
}
