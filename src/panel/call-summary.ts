import { classifyCall, sidFromLocation } from '../core/classify.js';
import type { CapturedCall } from '../core/call.js';
import type { Finding } from '../core/finding.js';
import { eventTypeOfBody, mediaXdmOf, sessionIdOf } from '../core/edge/edge-event.js';
import { isObject, parseBody } from '../core/media-event.js';
import type { CallEntry } from '../messaging/entry.js';

/** What one row of the list shows about a call. */
export interface CallSummary {
  eventType: string;
  /** The status code, `pending`, `failed`, or `unanswered` (the background was stopped before the answer). */
  status: string;
  /** The status's family for colour and wording: ok, client-error, gone, server-error, failed, pending, unanswered. */
  statusClass: StatusClass;
  /** Where the outcome shown came from, or why there is none, when that is not the usual. */
  outcomeNote?: string;
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

export const UNANSWERED_NOTE = "No answer seen: the extension's background was stopped before the browser reported it.";
export const FROM_DEVTOOLS_NOTE = "Answer read from DevTools' network log: the extension's background was stopped before the browser reported it.";

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
  if (statusClass === 'unanswered') summary.outcomeNote = UNANSWERED_NOTE;
  else if (entry.outcomeFrom === 'devtools-network') summary.outcomeNote = FROM_DEVTOOLS_NOTE;
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

function eventTypeOf(kind: ReturnType<typeof parseBody>['kind'], value: unknown): string {
  switch (kind) {
    case 'withheld':
      return '(body withheld)';
    case 'none':
      return '(no body)';
    case 'invalid-json':
      return '(not JSON)';
    case 'too-deep':
      return '(nested too deep)';
    case 'json':
      return eventTypeOfBody(value) ?? '(no eventType)';
  }
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

export function describeCounts(counts: FindingCounts): string {
  const parts = [
    counts.error > 0 && `${counts.error} ${counts.error === 1 ? 'error' : 'errors'}`,
    counts.warning > 0 && `${counts.warning} ${counts.warning === 1 ? 'warning' : 'warnings'}`,
    counts.info > 0 && `${counts.info} info`,
  ];
  return parts.filter(Boolean).join(', ');
}
