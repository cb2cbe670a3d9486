import type { CapturedCall } from '../core/call.js';
import type { CallEntry, NavigationEntry, TabEntry } from '../messaging/entry.js';

/**
 * The format storage.session holds, declared apart from the port's `CallEntry` (and the core's
 * `CapturedCall`) so that a change to the protocol or the core cannot change what is stored
 * without a change here. The conversions name every field: a field added to the port's types
 * fails to compile in `toStoredCall` until it is given a place here, or left out on purpose.
 * storage.session is emptied when the extension updates, so this format needs no migration;
 * test/background/stored-format.test.ts pins it.
 */
export interface StoredHeader {
  name: string;
  value: string;
}

export type StoredBody = { kind: 'text'; text: string } | { kind: 'withheld'; reason: string } | { kind: 'none' };

/** What a call's response or network failure tells; written apart from its request. */
export interface StoredOutcome {
  status?: number;
  statusText?: string;
  responseHeaders?: StoredHeader[];
  networkError?: string;
  durationMs?: number;
}

/** A call, flat: its request, and its outcome once settled. */
export interface StoredCall extends StoredOutcome {
  kind: 'call';
  id: string;
  method: string;
  url: string;
  startedAt: number;
  resourceType: string;
  requestHeaders?: StoredHeader[];
  requestBody: StoredBody;
  bodyNote?: string;
  responseBody?: string;
  settledAt?: number;
  outcomeFrom?: 'devtools-network';
  startUnseen?: true;
  requestFrom?: 'devtools-network';
}

export interface StoredNavigation {
  kind: 'navigation';
  id: string;
  url: string;
  at: number;
}

export type StoredEntry = StoredCall | StoredNavigation;

/** What the response events add to a call, in memory. */
export type Outcome = Pick<CapturedCall, 'status' | 'statusText' | 'responseHeaders' | 'networkError' | 'durationMs'>;

export function toStored(entry: TabEntry): StoredEntry {
  return entry.kind === 'call' ? toStoredCall(entry) : toStoredNavigation(entry);
}

export function toStoredCall(entry: CallEntry): StoredCall {
  // `interrupted` is left out on purpose: a worker derives it when it starts (stored-records.ts).
  const { kind, resourceType, bodyNote, settledAt, interrupted: _derived, outcomeFrom, startUnseen, requestFrom, call, ...entryRest } = entry;
  // `unanswered` too: it marks a call for the inspector only, from `interrupted`.
  const { id, method, url, startedAt, requestHeaders, requestBody, responseBody, unanswered: _forTheInspector, ...outcome } = call;
  const { status, statusText, responseHeaders, networkError, durationMs, ...callRest } = outcome;
  nothingLeft(entryRest);
  nothingLeft(callRest);
  return defined({
    kind,
    id,
    method,
    url,
    startedAt,
    resourceType,
    requestHeaders,
    requestBody,
    bodyNote,
    responseBody,
    settledAt,
    outcomeFrom,
    startUnseen,
    requestFrom,
    ...toStoredOutcome({ status, statusText, responseHeaders, networkError, durationMs }),
  });
}

export function toStoredOutcome({ status, statusText, responseHeaders, networkError, durationMs }: Outcome): StoredOutcome {
  return defined({ status, statusText, responseHeaders, networkError, durationMs });
}

export function fromStored(stored: StoredEntry): TabEntry {
  return stored.kind === 'call' ? fromStoredCall(stored) : { kind: 'navigation', id: stored.id, url: stored.url, at: stored.at };
}

export function fromStoredCall(stored: StoredCall): CallEntry {
  const call: CapturedCall = defined({
    id: stored.id,
    method: stored.method,
    url: stored.url,
    startedAt: stored.startedAt,
    requestHeaders: stored.requestHeaders,
    requestBody: stored.requestBody,
    responseBody: stored.responseBody,
    ...fromStoredOutcome(stored),
  });
  return defined({
    kind: 'call',
    resourceType: stored.resourceType,
    bodyNote: stored.bodyNote,
    settledAt: stored.settledAt,
    outcomeFrom: stored.outcomeFrom,
    startUnseen: stored.startUnseen,
    requestFrom: stored.requestFrom,
    call,
  });
}

export function fromStoredOutcome({ status, statusText, responseHeaders, networkError, durationMs }: StoredOutcome): Outcome {
  return defined({ status, statusText, responseHeaders, networkError, durationMs });
}

function toStoredNavigation({ kind, id, url, at, ...rest }: NavigationEntry): StoredNavigation {
  nothingLeft(rest);
  return { kind, id, url, at };
}

/** Compiles only when every field was taken out by name before it. */
function nothingLeft(_rest: Record<string, never>): void {}

/** The fields that have a value: an optional field is absent, not undefined, on both sides. */
function defined<T extends object>(fields: T): T {
  const out = {} as T;
  for (const key in fields) if (fields[key] !== undefined) out[key] = fields[key];
  return out;
}
