import { isObject } from '../core/media-event.js';
import { validateEventBody } from '../core/schema/validate-body.js';
import { english } from '../i18n/translator.js';
import type { SessionTable } from './sessions.js';

/** What the mock answers to one API call, before it is written to the socket. */
export interface ApiAnswer {
  status: number;
  /** Plain-text error message for 4xx answers. */
  message?: string;
  /** The new session's sid (sessions calls answered 201). */
  sid?: string;
  /** The body's eventType when it had a string one, for the request log. */
  eventType?: string;
}

/**
 * `POST /api/v1/sessions`. Only a schema-valid `sessionStart` opens a session: the docs list
 * 201, 400 and 500 for this endpoint, and "the /api/v1/sessions API will only accept session
 * initialization events" (use-cases/track-downloaded-content.md).
 */
export function createSession(sessions: SessionTable, bodyText: string): ApiAnswer {
  const parsed = parseJson(bodyText);
  if ('error' in parsed) return { status: 400, message: parsed.error };
  const eventType = eventTypeOf(parsed.value);
  if (eventType !== 'sessionStart') {
    return {
      status: 400,
      eventType,
      message: 'The sessions request accepts only a sessionStart event.',
    };
  }
  const invalid = schemaErrors(parsed.value);
  if (invalid) return { status: 400, eventType, message: invalid };
  return { status: 201, eventType, sid: sessions.open(playheadOf(parsed.value) ?? 0) };
}

/**
 * `POST /api/v1/sessions/{sid}/events`. The sid is judged before the body (an unknown or closed
 * session is answered 404 or 410 whatever it carries), then the body against its event type's
 * schema.
 * Ordering is never checked: "Session level validation is not possible, as the session context
 * is not available in the collection layer" (mc-api-validate-reqs.md).
 */
export function postEvent(sessions: SessionTable, sid: string, bodyText: string): ApiAnswer {
  const parsed = parseJson(bodyText);
  const eventType = 'value' in parsed ? eventTypeOf(parsed.value) : undefined;
  const state = sessions.state(sid);
  if (state === 'unknown') return { status: 404, eventType, message: 'Session not found.' };
  if (state === 'ended') {
    return { status: 410, eventType, message: 'Session has ended (sessionEnd was received).' };
  }
  if (state === 'timed-out') return { status: 410, eventType, message: 'Session has timed out.' };
  if ('error' in parsed) return { status: 400, message: parsed.error };
  // A sessionStart is "sent only to /sessions"; an events call cannot open a second session.
  if (eventType === 'sessionStart') {
    return {
      status: 400,
      eventType,
      message: 'sessionStart opens a session: POST it to /api/v1/sessions.',
    };
  }
  const invalid = schemaErrors(parsed.value);
  if (invalid) return { status: 400, eventType, message: invalid };
  sessions.record(sid, eventType, playheadOf(parsed.value));
  return { status: 204, eventType };
}

function parseJson(text: string): { value: unknown } | { error: string } {
  if (text.trim() === '') return { error: 'The request body is empty; a JSON event is required.' };
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (e) {
    return { error: `The request body is not valid JSON: ${e instanceof Error ? e.message : e}` };
  }
}

/** One line per schema issue, e.g. `/params: params is missing "media.ad.id", required on adStart`. */
function schemaErrors(body: unknown): string | undefined {
  const { issues } = validateEventBody(body);
  if (issues.length === 0) return undefined;
  // The mock answers as Adobe's server does: in English, whatever the reader's language.
  const lines = issues.map((i) => `${i.pointer || '/'}: ${english.text(i.message)}`);
  return `The event does not match its schema:\n${lines.join('\n')}`;
}

function eventTypeOf(body: unknown): string | undefined {
  const t = isObject(body) ? body.eventType : undefined;
  return typeof t === 'string' ? t : undefined;
}

function playheadOf(body: unknown): number | undefined {
  const pt = isObject(body) ? body.playerTime : undefined;
  const p = isObject(pt) ? pt.playhead : undefined;
  return typeof p === 'number' ? p : undefined;
}
