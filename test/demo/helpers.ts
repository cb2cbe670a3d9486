import { SESSION_PARAMS } from '../../src/demo/player/scenarios/content.js';
import { startDemoServer, type DemoRequestRecord, type DemoServer, type DemoServerOptions } from '../../src/demo/server.js';

export interface TestServer extends DemoServer {
  log: DemoRequestRecord[];
  /** The API calls (POSTs and preflights) answered so far, page files left out. */
  apiLog(): DemoRequestRecord[];
}

export async function startTestServer(opts: DemoServerOptions = {}): Promise<TestServer> {
  const log: DemoRequestRecord[] = [];
  const server = await startDemoServer({ ...opts, onRequest: (r) => log.push(r) });
  return { ...server, log, apiLog: () => log.filter((r) => r.kind !== 'page') };
}

export function sessionStartBody(ts = 1_700_000_000_000, playhead = 0): Record<string, unknown> {
  return { playerTime: { playhead, ts }, eventType: 'sessionStart', params: { ...SESSION_PARAMS } };
}

export function eventBody(eventType: string, ts: number, playhead = 0): Record<string, unknown> {
  return { playerTime: { playhead, ts }, eventType };
}

/** A POST as players send it: JSON with Content-Type application/json. */
export function post(url: string, body: unknown): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Opens a session; returns its sid and the URL of its events endpoint. */
export async function openSession(baseUrl: string, ts?: number): Promise<{ sid: string; events: string }> {
  const res = await post(new URL('api/v1/sessions', baseUrl).href, sessionStartBody(ts));
  if (res.status !== 201) throw new Error(`sessionStart answered ${res.status}: ${await res.text()}`);
  const location = res.headers.get('location') ?? '';
  const sid = location.split('/').pop() ?? '';
  return { sid, events: new URL(`${location}/events`, baseUrl).href };
}

/** Polls until `check` returns a value, for calls the browser sends after a promise settles. */
export async function waitFor<T>(
  what: string,
  check: () => T | undefined,
  timeoutMs = 5_000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
