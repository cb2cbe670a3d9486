import { classifyCall, sidFromLocation } from '../core/classify.js';
import type { CapturedCall } from '../core/call.js';
import type { Finding } from '../core/finding.js';
import { eventTypeOfBody, mediaXdmOf, sessionIdOf } from '../core/edge/edge-event.js';
import { isObject, parseBody } from '../core/media-event.js';
import type { CallEntry } from '../messaging/entry.js';
import type { MessageId } from '../i18n/catalog.js';
import type { Translator } from '../i18n/translator.js';

/** What one row of the list shows about a call. */
export interface CallSummary {
  eventType: string;
  /** The status code, `pending`, `failed`, or `unanswered` (the background was stopped before the answer). */
  status: string;
  /** The status's family for colour and wording: ok, client-error, gone, server-error, failed, pending, unanswered. */
  statusClass: StatusClass;
  /** Where the outcome shown came from, or why there is none, when that is not the usual. */
  outcomeNote?: MessageId;
  /** Why the call failed on the network, when it did. */
  failure?: string;
  sid?: string;
  playhead?: number;
  /** The browser withheld the body: what the row shows in place of an event type. */
  withheld: boolean;
  /** When the player says the call happened: its body's playerTime.ts, else when it was sent. */
  playerTime: number;
}

export type StatusClass = 'ok' | 'client-error' | 'server-error' | 'failed' | 'pending' | 'unanswered' | 'other';


const cache = new WeakMap<CallEntry, CallSummary>();

/** Entries are immutable (a change arrives as a new object), so the summary is computed once per entry. */
export function summarizeCall(entry: CallEntry): CallSummary {
  let summary = cache.get(entry);
  if (!summary) cache.set(entry, (summary = computeSummary(entry)));
  return summary;
}

/**
 * Gives an entry the summary computed where its body was already read (an imported file's
 * worker, from the same call): the panel then never parses that body to list the call.
 */
export function knowSummary(entry: CallEntry, summary: CallSummary): void {
  cache.set(entry, summary);
}

function computeSummary(entry: CallEntry): CallSummary {
  const { call } = entry;
  const api = classifyCall(call.method, call.url);
  const statusClass = statusClassOf(call.status, call.networkError, entry.interrupted);
  const status = call.status !== undefined ? String(call.status) : statusClass;
  const body = parseBody(call);
  const value = body.kind === 'json' ? body.value : undefined;
  // A Media Edge body keeps the session id and the playhead in the media event's mediaCollection.
  const media = api?.kind === 'edge' && value !== undefined ? mediaXdmOf(value, api)?.xdm : undefined;
  const mediaCollection = media && isObject(media['mediaCollection']) ? media['mediaCollection'] : undefined;
  const sid = api?.kind === 'events' ? api.sid : media ? sessionIdOf(media) : sidFromLocation(call);
  const playerTime = isObject(value) && isObject(value.playerTime) ? value.playerTime : mediaCollection;
  const summary: CallSummary = {
    eventType: eventTypeOf(body.kind, value),
    status,
    statusClass,
    withheld: body.kind === 'withheld',
    playerTime: playerTimeIn(value, call),
  };
  if (sid !== undefined) summary.sid = sid;
  if (call.networkError !== undefined) summary.failure = call.networkError;
  if (statusClass === 'unanswered') summary.outcomeNote = 'panel.status.unanswered-note';
  else if (entry.outcomeFrom === 'devtools-network') summary.outcomeNote = 'panel.status.from-devtools-note';
  if (typeof playerTime?.playhead === 'number') summary.playhead = playerTime.playhead;
  return summary;
}

/** When the player says a call happened, from its parsed body: playerTime.ts, else when it was sent. */
export function playerTimeIn(body: unknown, call: CapturedCall): number {
  return isObject(body) && isObject(body.playerTime) && typeof body.playerTime.ts === 'number' ? body.playerTime.ts : call.startedAt;
}

function statusClassOf(status: number | undefined, networkError: string | undefined, interrupted: true | undefined): StatusClass {
  if (status === undefined) return networkError !== undefined ? 'failed' : interrupted ? 'unanswered' : 'pending';
  if (status >= 200 && status < 300) return 'ok';
  if (status >= 500) return 'server-error';
  if (status >= 400) return 'client-error';
  return 'other';
}

/**
 * A call without an event type: the key the summary keeps for it (the filter's and the data
 * attributes' value, which reads as the English text) and what the list shows for it.
 */
const NO_EVENT_TYPE = {
  withheld: { key: '(body withheld)', id: 'panel.event.withheld' },
  none: { key: '(no body)', id: 'panel.event.none' },
  'invalid-json': { key: '(not JSON)', id: 'panel.event.invalid-json' },
  'too-deep': { key: '(nested too deep)', id: 'panel.event.too-deep' },
  json: { key: '(no eventType)', id: 'panel.event.no-event-type' },
} as const satisfies Record<ReturnType<typeof parseBody>['kind'], { key: string; id: MessageId }>;
const NO_EVENT_TYPE_BY_KEY: ReadonlyMap<string, MessageId> = new Map(Object.values(NO_EVENT_TYPE).map((n) => [n.key, n.id]));

function eventTypeOf(kind: ReturnType<typeof parseBody>['kind'], value: unknown): string {
  return (kind === 'json' ? eventTypeOfBody(value) : undefined) ?? NO_EVENT_TYPE[kind].key;
}

/** A call's event type as the list shows it: the type the body names, or why it names none, in the user's language. */
export function eventTypeText(t: Translator, eventType: string): string {
  const id = NO_EVENT_TYPE_BY_KEY.get(eventType);
  return id ? t.t(id) : eventType;
}

/** The status column's text: the code, or pending and failed in the user's language. */
export function statusText(t: Translator, status: string): string {
  return status === 'pending' ? t.t('panel.status.pending') : status === 'failed' ? t.t('panel.status.failed') : status === 'unanswered' ? t.t('panel.status.unanswered') : status;
}

export interface FindingCounts {
  error: number;
  warning: number;
  info: number;
}

export function countFindings(findings: readonly Finding[] | undefined): FindingCounts {
  const counts: FindingCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings ?? []) counts[f.severity]++;
  return counts;
}

/** "2 errors, 1 warning", in the user's language. */
export function describeCounts(t: Translator, counts: FindingCounts): string {
  const parts = [
    counts.error > 0 && t.t('panel.count.errors', { count: counts.error }),
    counts.warning > 0 && t.t('panel.count.warnings', { count: counts.warning }),
    counts.info > 0 && t.t('panel.count.info', { count: counts.info }),
  ].filter((p): p is string => typeof p === 'string');
  return listOf(t, parts);
}

const lists = new Map<string, Intl.ListFormat>();

/** Items joined as the language joins a list of quantities ("2 errors, 1 warning"). */
export function listOf(t: Translator, items: readonly string[]): string {
  const tag = t.locale === 'en-XA' ? 'en' : t.locale;
  let list = lists.get(tag);
  if (!list) lists.set(tag, (list = new Intl.ListFormat(tag, { type: 'unit', style: 'short' })));
  return list.format(items);
}

/**
 * A call whose start the browser did not report has only the time of its answer (its request,
 * when read from DevTools' log later, keeps that time): no start to show, nor how long it took.
 */
export function timeIsAnswers(entry: CallEntry): boolean {
  return entry.startUnseen === true || (entry.requestFrom !== undefined && entry.outcomeFrom === undefined);
}
