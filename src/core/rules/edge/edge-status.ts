import type { CapturedCall } from '../../call.js';
import { answersWithContent, type EdgeCall } from '../../edge/classify-edge.js';
import { edgeErrorsOf, errorCode, type EdgeError } from '../../edge/edge-response.js';
import type { StatusMeaning } from '../call/http-status.js';

/**
 * What the Media Edge pages say each status means, shared by the response-code rules, the panel
 * and the command line, as http-status.ts is for the Media Collection API.
 */


const SESSION_OPENED: StatusMeaning = {
  meaning: 'Session started: its id is in the body, in the media-analytics:new-session handle.',
  action: 'Send every later event with that id in xdm.mediaCollection.sessionID.',
};
const CONTENT: StatusMeaning = { meaning: 'Request accepted; the body carries the Edge handles.', action: 'None.' };
const NO_CONTENT: StatusMeaning = { meaning: 'Event accepted.', action: 'None.' };
const MULTI_STATUS: StatusMeaning = {
  meaning: 'Multi-Status: the request went through, but the body lists errors; for a sessionStart a validation error means no session was opened.',
  action: 'Read the errors in the body (each names the field at fault) and fix the request.',
};
const BAD_REQUEST: StatusMeaning = {
  meaning: 'Bad Request: the body breaks the schema, or its eventType differs from the path\'s; the event is not tracked.',
  action: 'Fix the fields the response names; do not retry unchanged.',
};
const NOT_FOUND: StatusMeaning = {
  meaning: 'Not Found: the session id is unknown or expired (sessions last at most 24 hours, and close after 10 minutes without events).',
  action: 'Start a new session and send the events with its id.',
};
const SERVER_ERROR: StatusMeaning = {
  meaning: 'Server error: the event is lost.',
  action: 'Retry only 502, 503 and 504 (honour Retry-After); other 5xx are not retried.',
};

/** The documented meaning of a status for this Media Edge call, or undefined when the pages do not list it. */
export function edgeStatusMeaning(api: EdgeCall, status: number): StatusMeaning | undefined {
  if (status === 200) return answersWithContent(api) ? (api.action === 'sessionStart' || api.endpoint !== 'va' ? SESSION_OPENED : CONTENT) : undefined;
  if (status === 204) return answersWithContent(api) ? undefined : NO_CONTENT;
  if (status === 207) return answersWithContent(api) ? MULTI_STATUS : undefined;
  if (status === 400) return BAD_REQUEST;
  if (status === 404) return answersWithContent(api) ? undefined : NOT_FOUND;
  if (status >= 500) return SERVER_ERROR;
  return undefined;
}

/**
 * The Media Analytics error types (`https://ns.adobe.com/aep/errors/va-edge-0XXX-XXX`, "the
 * numbers correspond to the error status") and the Edge Network's own the pages show.
 */
const ERROR_TYPES: Readonly<Record<string, string>> = {
  'va-edge-0400-400': 'invalid request: a field is missing or malformed, or the eventType differs from the path',
  'va-edge-0404-404': 'session not found: unknown, ended or older than 24 hours',
  'EXEG-0003-400': 'invalid datastream ID (configId)',
};

/** One error as a sentence: its code, what the code means, its title and the fields at fault. */
export function describeEdgeError(e: EdgeError): string {
  const code = errorCode(e);
  const known = code !== undefined ? ERROR_TYPES[code] : undefined;
  const parts = [code ?? e.title ?? 'error'];
  if (known) parts.push(`(${known})`);
  else if (code?.startsWith('va-edge-')) parts.push(`(Media Analytics error, status ${code.slice(-3)})`);
  if (e.title && e.title !== code) parts.push(`"${e.title}"`);
  let text = parts.join(' ');
  if (e.details.length) text += ': ' + e.details.slice(0, 5).join('; ') + (e.details.length > 5 ? `; and ${e.details.length - 5} more` : '');
  else if (e.detail) text += ': ' + e.detail;
  return text;
}

/** The errors in a response, as sentences, for a finding's message. */
export function edgeErrorsText(call: CapturedCall): string {
  const errors = edgeErrorsOf(call);
  return errors.length ? ' The Edge said: ' + errors.map(describeEdgeError).join(' | ') : '';
}
