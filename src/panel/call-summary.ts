import { classifyCall, sidFromLocation } from '../core/classify.js';
import type { Finding } from '../core/finding.js';
import { isObject, parseBody } from '../core/media-event.js';
import type { CallEntry } from '../messaging/entry.js';

/** What one row of the list shows about a call. */
export interface CallSummary {
  eventType: string;
  /** The status code, `pending`, or `failed`. */
  status: string;
  /** Why the call failed on the network, when it did. */
  failure?: string;
  sid?: string;
}

export function summarizeCall(entry: CallEntry): CallSummary {
  const { call } = entry;
  const api = classifyCall(call.method, call.url);
  const sid = api?.kind === 'events' ? api.sid : sidFromLocation(call);
  const status = call.status !== undefined ? String(call.status) : call.networkError !== undefined ? 'failed' : 'pending';
  const summary: CallSummary = { eventType: eventTypeOf(entry), status };
  if (sid !== undefined) summary.sid = sid;
  if (call.networkError !== undefined) summary.failure = call.networkError;
  return summary;
}

function eventTypeOf(entry: CallEntry): string {
  const body = parseBody(entry.call);
  switch (body.kind) {
    case 'withheld':
      return '(body withheld)';
    case 'none':
      return '(no body)';
    case 'invalid-json':
      return '(not JSON)';
    case 'json': {
      const type = isObject(body.value) ? body.value.eventType : undefined;
      return typeof type === 'string' ? type : '(no eventType)';
    }
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
