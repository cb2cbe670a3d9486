import type { MessageId } from '../../../i18n/catalog.js';
import { message, type Message } from '../../../i18n/message.js';
import type { CapturedCall } from '../../call.js';
import type { ApiCall } from '../../classify.js';
import type { CallRule, Report, RuleMeta } from '../rule.js';

/**
 * What the docs say a Media Collection API status means for the player, and its client action,
 * as catalog messages (`status.*`). The response-code rules share this table so the panel, the
 * CLI and the rules give one explanation per code.
 */
export interface StatusMessages {
  meaning: MessageId;
  action: MessageId;
  /** The finding a response-code rule reports: the status, its meaning and the server's words. */
  finding?: MessageId;
}

const CREATED: StatusMessages = { meaning: 'status.created.meaning', action: 'status.created.action' };
const ACCEPTED: StatusMessages = { meaning: 'status.no-content.meaning', action: 'status.no-content.action' };
const BAD_REQUEST: StatusMessages = { meaning: 'status.bad-request.meaning', action: 'status.bad-request.action', finding: 'status.bad-request.finding' };
const NOT_FOUND: StatusMessages = { meaning: 'status.not-found.meaning', action: 'status.not-found.action', finding: 'status.not-found.finding' };
const GONE: StatusMessages = { meaning: 'status.gone.meaning', action: 'status.gone.action', finding: 'status.gone.finding' };
const SERVER_ERROR: StatusMessages = { meaning: 'status.server-error.meaning', action: 'status.server-error.action', finding: 'status.server-error.finding' };

/** The documented meaning of a status for this endpoint, or undefined when the docs do not list it. */
export function statusMeaning(api: ApiCall['kind'], status: number): StatusMessages | undefined {
  if (status === 204) return api === 'events' ? ACCEPTED : undefined;
  if (status === 201) return api === 'sessions' ? CREATED : undefined;
  if (status === 400) return BAD_REQUEST;
  if (status === 404) return NOT_FOUND;
  if (status === 410) return GONE;
  if (status >= 500) return SERVER_ERROR;
  return undefined;
}

/** The response body, trimmed for a message (the server explains a 400 there), or undefined when none was captured. */
export function responseExcerpt(call: CapturedCall): string | undefined {
  const text = call.responseBody?.trim();
  if (!text) return undefined;
  return text.length > 200 ? text.slice(0, 200) + '…' : text;
}

export function statusReport(call: CapturedCall, api: ApiCall, status: number): Report {
  const m = statusMeaning(api.kind, status)!;
  const reply = responseExcerpt(call);
  const said: Message =
    m.finding === undefined ? message(m.meaning) : message(m.finding, { status, replied: reply === undefined ? 'no' : 'yes', reply: reply ?? '' });
  return { message: said, action: message(m.action) };
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
