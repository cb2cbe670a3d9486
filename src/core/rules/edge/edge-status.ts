import { message, type Message } from '../../../i18n/message.js';
import type { MessageId } from '../../../i18n/catalog.js';
import type { CapturedCall } from '../../call.js';
import { answersWithContent, type EdgeCall } from '../../edge/classify-edge.js';
import { edgeErrorsOf, errorCode, type EdgeError } from '../../edge/edge-response.js';

/**
 * What the Media Edge pages say each status means, shared by the response-code rules, as
 * http-status.ts is for the Media Collection API. The status's finding names the status itself,
 * so each meaning is a message of its own, with and without what the Edge said about it.
 */
export interface EdgeStatusMeaning {
  /** The finding's message when the response names no error. */
  meaning: MessageId;
  /** The same, followed by `{errors}`: what the Edge said. Absent for the statuses that report no error. */
  said?: MessageId;
  action: MessageId;
}

const SESSION_OPENED: EdgeStatusMeaning = { meaning: 'rules-edge.status.200-session', action: 'rules-edge.status.200-session.action' };
const CONTENT: EdgeStatusMeaning = { meaning: 'rules-edge.status.200', action: 'rules-edge.status.accepted.action' };
const NO_CONTENT: EdgeStatusMeaning = { meaning: 'rules-edge.status.204', action: 'rules-edge.status.accepted.action' };
const MULTI_STATUS: EdgeStatusMeaning = { meaning: 'rules-edge.status.207', said: 'rules-edge.status.207.said', action: 'rules-edge.status.207.action' };
const BAD_REQUEST: EdgeStatusMeaning = { meaning: 'rules-edge.status.400', said: 'rules-edge.status.400.said', action: 'rules-edge.status.400.action' };
const NOT_FOUND: EdgeStatusMeaning = { meaning: 'rules-edge.status.404', said: 'rules-edge.status.404.said', action: 'rules-edge.status.404.action' };
const SERVER_ERROR: EdgeStatusMeaning = { meaning: 'rules-edge.status.5xx', said: 'rules-edge.status.5xx.said', action: 'rules-edge.status.5xx.action' };

/** The documented meaning of a status for this Media Edge call, or undefined when the pages do not list it. */
export function edgeStatusMeaning(api: EdgeCall, status: number): EdgeStatusMeaning | undefined {
  if (status === 200) return answersWithContent(api) ? (api.action === 'sessionStart' || api.endpoint !== 'va' ? SESSION_OPENED : CONTENT) : undefined;
  if (status === 204) return answersWithContent(api) ? undefined : NO_CONTENT;
  if (status === 207) return answersWithContent(api) ? MULTI_STATUS : undefined;
  if (status === 400) return BAD_REQUEST;
  if (status === 404) return answersWithContent(api) ? undefined : NOT_FOUND;
  if (status >= 500) return SERVER_ERROR;
  return undefined;
}

/** The Edge Network's error for a configId that names no datastream: the whole request is refused. */
const INVALID_DATASTREAM = 'EXEG-0003-400';

/** How many fields at fault of one error are listed; the rest are counted. */
const DETAILS_SHOWN = 5;

/**
 * One error in the Edge's own words, for a finding's `{errors}`: its code, its title and the
 * fields at fault, joined by punctuation only, so that no word of ours is left untranslated.
 */
export function describeEdgeError(e: EdgeError): string {
  const code = errorCode(e);
  let text = [code, e.title !== undefined && e.title !== code ? `"${e.title}"` : undefined].filter((p) => p !== undefined).join(' ');
  const details = e.details.length ? e.details.slice(0, DETAILS_SHOWN).join('; ') + (e.details.length > DETAILS_SHOWN ? `; … (+${e.details.length - DETAILS_SHOWN})` : '') : e.detail;
  if (details) text = text ? `${text}: ${details}` : details;
  return text;
}

/** The finding for a Media Edge call answered `status`, which `meaning` explains, with what the Edge said when it said anything. */
export function edgeStatusReport(call: CapturedCall, status: number, meaning: EdgeStatusMeaning): { message: Message; action: Message } {
  const errors = edgeErrorsOf(call);
  const said = errors.map(describeEdgeError).filter((text) => text !== '').join(' | ');
  if (status === 400 && errors.some((e) => errorCode(e) === INVALID_DATASTREAM)) {
    return { message: message('rules-edge.status.400-datastream', { errors: said }), action: message('rules-edge.status.400-datastream.action') };
  }
  return { message: said !== '' && meaning.said ? message(meaning.said, { status, errors: said }) : message(meaning.meaning, { status }), action: message(meaning.action) };
}
