import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { createSession, postEvent, type ApiAnswer } from './api.js';
import { sendApiError, sendEmpty, sendText } from './responses.js';
import type { SessionTable } from './sessions.js';
import { loadPlayerFile } from './static.js';

/** One request the demo server answered, for tests and for the terminal of `npm start`. */
export interface DemoRequestRecord {
  method: string;
  /** The path without its query. */
  path: string;
  kind: 'sessions' | 'events' | 'preflight' | 'page' | 'other';
  status: number;
  headers: IncomingHttpHeaders;
  /** The request body as text (API POSTs only). */
  body?: string;
  /** The sid from the URL, or the one a 201 issued. */
  sid?: string;
  eventType?: string;
  /** The error message the response carried. */
  message?: string;
  /** When the answer was sent, by the server's clock. */
  at: number;
}

export interface RouteContext {
  sessions: SessionTable;
  now: () => number;
  onRequest?: (record: DemoRequestRecord) => void;
}

const SESSIONS = /^\/api\/v1\/sessions\/?$/;
const EVENTS = /^\/api\/v1\/sessions\/([^/]+)\/events\/?$/;
/** Far above any real event (a few hundred bytes); stops a runaway client filling memory. */
const MAX_BODY_BYTES = 1 << 20;

export async function route(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: RouteContext,
): Promise<void> {
  const method = req.method ?? 'GET';
  const path = (req.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
  const log = (r: Omit<DemoRequestRecord, 'method' | 'path' | 'headers' | 'at'>): void =>
    ctx.onRequest?.({ method, path, headers: req.headers, at: ctx.now(), ...r });

  if (path.startsWith('/api/')) {
    if (method === 'OPTIONS') {
      sendEmpty(res, 204);
      return log({ kind: 'preflight', status: 204 });
    }
    const events = EVENTS.exec(path);
    const kind = events ? 'events' : SESSIONS.test(path) ? 'sessions' : 'other';
    if (kind === 'other') {
      sendApiError(res, 404, 'No such API endpoint.');
      return log({ kind, status: 404 });
    }
    if (method !== 'POST') {
      sendApiError(res, 405, 'Media Collection API calls are POST requests.');
      return log({ kind, status: 405 });
    }
    const body = await readBody(req);
    if (body === undefined) {
      sendApiError(res, 413, 'The request body is too large.');
      return log({ kind, status: 413 });
    }
    const sidInUrl = events?.[1];
    const answer =
      sidInUrl === undefined
        ? createSession(ctx.sessions, body)
        : postEvent(ctx.sessions, sidInUrl, body);
    writeAnswer(res, answer);
    return log({ kind, body, sid: answer.sid ?? sidInUrl, ...pick(answer) });
  }

  if (method !== 'GET' && method !== 'HEAD') {
    sendText(res, 405, 'Method not allowed.');
    return log({ kind: 'page', status: 405 });
  }
  const file = await loadPlayerFile(path);
  if (!file) {
    // The path is not echoed: nothing a request carries is ever reflected into a page.
    sendText(res, 404, 'Not found.');
    return log({ kind: 'page', status: 404 });
  }
  res.writeHead(200, {
    'Content-Type': file.contentType,
    'Content-Length': String(file.body.length),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    // connect-src allows the other loopback name too (the page's cross-origin mode posts
    // there), and the Edge host the Web SDK posts to (the browser is pointed at the mock Edge).
    'Content-Security-Policy':
      "default-src 'self'; img-src 'self' data:; connect-src 'self' http://127.0.0.1:* http://localhost:* https://edge.adobedc.net",
  });
  res.end(method === 'HEAD' ? undefined : file.body);
  log({ kind: 'page', status: 200 });
}

function writeAnswer(res: ServerResponse, answer: ApiAnswer): void {
  if (answer.status === 201 && answer.sid) {
    // As in the documented 201: empty octet-stream body, the session's path in Location.
    sendEmpty(res, 201, {
      'Content-Type': 'application/octet-stream',
      Location: `/api/v1/sessions/${answer.sid}`,
    });
  } else if (answer.message !== undefined) {
    sendApiError(res, answer.status, answer.message);
  } else {
    sendEmpty(res, answer.status);
  }
}

function pick(a: ApiAnswer): Pick<DemoRequestRecord, 'status' | 'eventType' | 'message'> {
  return { status: a.status, eventType: a.eventType, message: a.message };
}

/**
 * The body as UTF-8 text, or undefined when it exceeds the limit. An oversized body is still
 * read to its end (and dropped): leaving the loop early would destroy the socket before the
 * 413 could be written.
 */
async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk);
  }
  return size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks).toString('utf8');
}
