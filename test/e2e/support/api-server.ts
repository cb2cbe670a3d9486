import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TEST_PAGE } from './test-page.js';

/** One API request the server answered: the ground truth the captured calls are compared with. */
export interface ReceivedCall {
  method: string;
  path: string;
  body: string;
  status: number;
  location?: string;
}

export interface ApiServer {
  /** Origin with a trailing slash; the test page is `${url}page`. */
  url: string;
  received: ReceivedCall[];
  /**
   * API calls whose query string holds `hold`, received and not answered yet: the server keeps
   * them in flight until `releaseHeld()`, so a test can close or leave the page meanwhile.
   */
  held(): number;
  /** Answers every held call. */
  releaseHeld(): void;
  close(): Promise<void>;
}

const SESSIONS = /^(?:\/[\w-]+)*\/api\/v1\/sessions\/?$/;
const EVENTS = /^(?:\/[\w-]+)*\/api\/v1\/sessions\/([^/]+)\/events\/?$/;
const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type',
  'Access-Control-Expose-Headers': 'Location',
};

/**
 * A small stand-in for the Media Collection API on 127.0.0.1 and a random port, answering the
 * way the documentation describes: 201 + Location for a session, 204 for an event, 400 for a
 * body that is not an event, 404 for an unknown sid, 410 after sessionEnd. The one place the
 * e2e tests start a server: switching them to the demo server (src/demo) happens here.
 */
export async function startApiServer(): Promise<ApiServer> {
  const sids = new Set<string>();
  const ended = new Set<string>();
  const received: ReceivedCall[] = [];
  let held: Array<() => void> = [];

  const server = createServer((req, res) => {
    void readBody(req).then((body) => {
      const [path = '/', query = ''] = (req.url ?? '/').split('?');
      if (req.method === 'GET' && path === '/page') return reply(res, 200, { 'Content-Type': 'text/html; charset=utf-8' }, TEST_PAGE);
      if (req.method === 'OPTIONS') return reply(res, 204, CORS);
      if (req.method !== 'POST') return reply(res, 404, {}, 'Not found');
      const answer = answerApi(path, body, sids, ended);
      const call: ReceivedCall = { method: 'POST', path, body, status: answer.status };
      if (answer.location) call.location = answer.location;
      received.push(call);
      const headers: Record<string, string> = { ...CORS };
      if (answer.location) headers.Location = answer.location;
      if (answer.message) headers['Content-Type'] = 'application/json';
      const answerNow = () => reply(res, answer.status, headers, answer.message ? JSON.stringify({ error: answer.message }) : undefined);
      if (new URLSearchParams(query).has('hold')) held.push(answerNow);
      else answerNow();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    received,
    held: () => held.length,
    releaseHeld: () => {
      const waiting = held;
      held = [];
      for (const answer of waiting) answer();
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

interface Answer {
  status: number;
  location?: string;
  message?: string;
}

function answerApi(path: string, body: string, sids: Set<string>, ended: Set<string>): Answer {
  const event = parseEvent(body);
  if (SESSIONS.test(path)) {
    if (event !== 'sessionStart') return { status: 400, message: 'The body is not a sessionStart event.' };
    const sid = randomUUID().replaceAll('-', '');
    sids.add(sid);
    return { status: 201, location: `${path.replace(/\/$/, '')}/${sid}` };
  }
  const m = EVENTS.exec(path);
  if (!m) return { status: 404, message: 'No such API endpoint.' };
  const sid = decodeURIComponent(m[1]!);
  if (!event) return { status: 400, message: 'The body is not a Media Collection event.' };
  if (!sids.has(sid)) return { status: 404, message: `Unknown session ${sid}.` };
  if (ended.has(sid)) return { status: 410, message: `Session ${sid} has ended.` };
  if (event === 'sessionEnd') ended.add(sid);
  return { status: 204 };
}

function parseEvent(body: string): string | undefined {
  try {
    const value: unknown = JSON.parse(body);
    const type = typeof value === 'object' && value !== null ? (value as { eventType?: unknown }).eventType : undefined;
    return typeof type === 'string' ? type : undefined;
  } catch {
    return undefined;
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function reply(res: ServerResponse, status: number, headers: Record<string, string>, body?: string): void {
  // A held call's page may have gone: its connection is closed, and there is no one to answer.
  if (res.destroyed) return;
  res.writeHead(status, headers);
  res.end(body);
}
