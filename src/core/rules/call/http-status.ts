import type { CapturedCall } from '../../call.js';
import type { ApiCall } from '../../classify.js';
import type { CallRule, Report, RuleMeta } from '../rule.js';

/**
 * What the docs say each status means for the player. The response-code rules share this
 * table so the panel, the CLI and the rules give one explanation per code.
 */
export interface StatusMeaning {
  meaning: string;
  action: string;
}

const CREATED: StatusMeaning = { meaning: 'Session created; its sid is in the Location header.', action: "Send the session's events to /api/v1/sessions/{sid}/events." };
const ACCEPTED: StatusMeaning = { meaning: 'Event accepted.', action: 'None.' };
const BAD_REQUEST: StatusMeaning = { meaning: 'Bad Request: the body breaks the JSON schema, so the event is dropped.', action: 'Check the body against the schemas (the response body names the problem).' };
const NOT_FOUND: StatusMeaning = { meaning: 'Session ID not found.', action: 'Create a new session with the sessions request and report on it.' };
const GONE: StatusMeaning = { meaning: 'Gone: the session exists but can no longer take events (it ended or timed out).', action: 'Create a new session with the sessions request and report on it.' };
const SERVER_ERROR: StatusMeaning = { meaning: 'Server error: the event is lost.', action: 'The docs give no action; retrying the call may help.' };

/** The documented meaning of a status for this endpoint, or undefined when the docs do not list it. */
export function statusMeaning(api: ApiCall['kind'], status: number): StatusMeaning | undefined {
  if (status === 204) return api === 'events' ? ACCEPTED : undefined;
  if (status === 201) return api === 'sessions' ? CREATED : undefined;
  if (status === 400) return BAD_REQUEST;
  if (status === 404) return NOT_FOUND;
  if (status === 410) return GONE;
  if (status >= 500) return SERVER_ERROR;
  return undefined;
}

/** The response body, trimmed for a message; the server explains a 400 there. */
export function responseExcerpt(call: CapturedCall): string {
  const text = call.responseBody?.trim();
  if (!text) return '';
  return ` The server said: "${text.length > 200 ? text.slice(0, 200) + '…' : text}"`;
}

export function statusReport(call: CapturedCall, api: ApiCall, status: number): Report {
  const m = statusMeaning(api.kind, status)!;
  return { message: `${status}: ${m.meaning}${responseExcerpt(call)}`, action: m.action };
}

/** A rule that reports calls answered with the statuses `matches` picks. */
export function statusRule(meta: Omit<RuleMeta, 'severity'>, matches: (status: number) => boolean): CallRule {
  return {
    kind: 'call',
    meta: { ...meta, severity: 'error' },
    triggers: { traits: ['unusual-outcome'] },
    check({ call, api }, report) {
      if (call.status !== undefined && matches(call.status)) report(statusReport(call, api, call.status));
    },
  };
}
