import { afterEach, describe, expect, it } from 'vitest';
import {
  eventBody,
  openSession,
  post,
  sessionStartBody,
  startTestServer,
  type TestServer,
} from './helpers.js';

/** The CORS headers of the documented responses (mc-api-sessions-req.md, mc-api-events-req.md). */
const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'OPTIONS,POST,PUT',
  'access-control-allow-headers': 'Content-Type',
  'access-control-expose-headers': 'Location',
};

function expectCors(res: Response): void {
  for (const [name, value] of Object.entries(CORS)) expect(res.headers.get(name), name).toBe(value);
}

const MINUTE = 60_000;
let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(opts: Parameters<typeof startTestServer>[0] = {}): Promise<TestServer> {
  server = await startTestServer(opts);
  return server;
}

describe('sessions request', () => {
  it('answers a valid sessionStart 201 with an empty body, Location and the CORS headers', async () => {
    const s = await start();
    const res = await post(`${s.url}api/v1/sessions`, sessionStartBody());
    expect(res.status).toBe(201);
    expect(res.headers.get('content-length')).toBe('0');
    expect(await res.text()).toBe('');
    expect(res.headers.get('location')).toMatch(/^\/api\/v1\/sessions\/[0-9a-f]{64}$/);
    expectCors(res);
    // The reference player's extractor (mc-api-obtain-sid.md) finds the version and the sid.
    const [, version, sid] = /^\/api\/(.*)\/sessions\/(.*)/.exec(res.headers.get('location')!)!;
    expect(version).toBe('v1');
    expect(s.log.at(-1)).toMatchObject({ kind: 'sessions', status: 201, sid, eventType: 'sessionStart' });
  });

  it('accepts the trailing slash the reference player uses (api/v1/sessions/)', async () => {
    const s = await start();
    expect((await post(`${s.url}api/v1/sessions/`, sessionStartBody())).status).toBe(201);
  });

  it('issues a different sid for every session', async () => {
    const s = await start();
    const a = await openSession(s.url);
    const b = await openSession(s.url);
    expect(a.sid).not.toBe(b.sid);
  });

  it('answers a sessionStart that breaks the schema 400 with a plain-text message', async () => {
    const s = await start();
    const body = sessionStartBody();
    delete (body.params as Record<string, unknown>)['media.channel'];
    const res = await post(`${s.url}api/v1/sessions`, body);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(res.headers.get('location')).toBeNull();
    expectCors(res);
    expect(await res.text()).toContain('media.channel');
  });

  it('answers any other event sent to /sessions 400', async () => {
    const s = await start();
    const res = await post(`${s.url}api/v1/sessions`, eventBody('play', 1));
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/only a sessionStart/);
  });
});

describe('events request', () => {
  it('answers a valid event 204 with the CORS headers and no body', async () => {
    const s = await start();
    const { events } = await openSession(s.url);
    const res = await post(events, eventBody('play', 1_700_000_000_001));
    expect(res.status).toBe(204);
    expectCors(res);
    expect(await res.text()).toBe('');
  });

  it('answers a body that breaks the schema 400 with a message naming the problem', async () => {
    const s = await start();
    const { events } = await openSession(s.url);
    const res = await post(events, {
      ...eventBody('adStart', 1_700_000_000_001),
      params: { 'media.ad.length': 15, 'media.ad.podPosition': 1 },
    });
    expect(res.status).toBe(400);
    expectCors(res);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toContain('media.ad.id');
  });

  it('answers a wrong type 400 (ts must be an integer)', async () => {
    const s = await start();
    const { events } = await openSession(s.url);
    const res = await post(events, eventBody('ping', 1_700_000_000.5));
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('/playerTime/ts');
  });

  it('answers a sessionStart sent to the events endpoint 400', async () => {
    const s = await start();
    const { events } = await openSession(s.url);
    expect((await post(events, sessionStartBody())).status).toBe(400);
  });

  it('answers an unknown sid 404', async () => {
    const s = await start();
    const res = await post(`${s.url}api/v1/sessions/${'ab'.repeat(32)}/events`, eventBody('ping', 1));
    expect(res.status).toBe(404);
    expectCors(res);
    expect(s.log.at(-1)).toMatchObject({ kind: 'events', status: 404, eventType: 'ping' });
  });

  it('answers 410 to every call after sessionEnd, a second sessionEnd included', async () => {
    const s = await start();
    const { events } = await openSession(s.url);
    expect((await post(events, eventBody('sessionEnd', 2))).status).toBe(204);
    const late = await post(events, eventBody('ping', 3));
    expect(late.status).toBe(410);
    expectCors(late);
    expect(await late.text()).toMatch(/ended/);
    expect((await post(events, eventBody('sessionEnd', 4))).status).toBe(410);
  });

  it('does not judge order: the collection layer has no session context (mc-api-validate-reqs.md)', async () => {
    const s = await start();
    const { events } = await openSession(s.url);
    const ad = { 'media.ad.id': 'a', 'media.ad.length': 5, 'media.ad.podPosition': 1 };
    expect((await post(events, { ...eventBody('adStart', 9), params: ad })).status).toBe(204);
    expect((await post(events, eventBody('adComplete', 5))).status).toBe(204);
    expect((await post(events, eventBody('adBreakComplete', 4))).status).toBe(204);
  });
});

describe('session timeouts (mc-api-timeout.md)', () => {
  it('closes a session after 10 minutes without events: 410', async () => {
    let now = 1_000_000;
    const s = await start({ now: () => now });
    const { events } = await openSession(s.url);
    now += 10 * MINUTE - 1;
    expect((await post(events, eventBody('ping', 2))).status).toBe(204);
    now += 10 * MINUTE - 1;
    expect((await post(events, eventBody('ping', 3))).status).toBe(204);
    now += 10 * MINUTE;
    const res = await post(events, eventBody('ping', 4));
    expect(res.status).toBe(410);
    expect(await res.text()).toMatch(/timed out/);
  });

  it('takes the idle timeout from sessionTimeoutMs', async () => {
    let now = 0;
    const s = await start({ now: () => now, sessionTimeoutMs: 1_000 });
    const { events } = await openSession(s.url);
    now = 1_000;
    expect((await post(events, eventBody('ping', 2))).status).toBe(410);
  });

  it('closes a session whose playhead has not moved for 30 minutes: 410', async () => {
    let now = 0;
    const s = await start({ now: () => now });
    const { events } = await openSession(s.url);
    expect((await post(events, eventBody('pauseStart', 1, 12))).status).toBe(204);
    // Paused: pings keep the session alive but the playhead stays at 12.
    for (let i = 1; i < 6; i++) {
      now += 5 * MINUTE;
      expect((await post(events, eventBody('ping', 1 + i, 12))).status).toBe(204);
    }
    now += 5 * MINUTE;
    expect((await post(events, eventBody('ping', 10, 12))).status).toBe(410);
  });
});

describe('malformed requests', () => {
  it('answers broken JSON 400 on both endpoints', async () => {
    const s = await start();
    const broken = '{"playerTime":{"playhead":0,"ts":1,},"eventType":"ping",}';
    const a = await post(`${s.url}api/v1/sessions`, broken);
    expect(a.status).toBe(400);
    expect(await a.text()).toMatch(/not valid JSON/);
    const { events } = await openSession(s.url);
    const b = await post(events, broken);
    expect(b.status).toBe(400);
    expect(await b.text()).toMatch(/not valid JSON/);
  });

  it('answers a body over 1 MiB 413, and keeps serving', async () => {
    const s = await start();
    const res = await post(`${s.url}api/v1/sessions`, 'x'.repeat((1 << 20) + 1));
    expect(res.status).toBe(413);
    expect((await post(`${s.url}api/v1/sessions`, sessionStartBody())).status).toBe(201);
  });

  it('answers an empty body 400', async () => {
    const s = await start();
    expect((await post(`${s.url}api/v1/sessions`, '')).status).toBe(400);
  });

  it('answers CORS preflights on both endpoints with the CORS headers', async () => {
    const s = await start();
    const { events } = await openSession(s.url);
    for (const url of [`${s.url}api/v1/sessions`, events]) {
      const res = await fetch(url, {
        method: 'OPTIONS',
        headers: {
          Origin: 'https://player.example',
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type',
        },
      });
      expect(res.status).toBe(204);
      expectCors(res);
    }
    expect(s.log.filter((r) => r.kind === 'preflight')).toHaveLength(2);
  });

  it('answers GET on an API path 405 and an unknown API path 404', async () => {
    const s = await start();
    expect((await fetch(`${s.url}api/v1/sessions`)).status).toBe(405);
    expect((await post(`${s.url}api/v1/downloaded`, '[]')).status).toBe(404);
  });
});

describe('player page', () => {
  it('serves the page with a CSP and the scripts as JavaScript without types', async () => {
    const s = await start();
    const page = await fetch(s.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await page.text()).toContain('<script type="module" src="./main.js">');
    const script = await fetch(`${s.url}scenarios/builder.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const code = await script.text();
    expect(code).toContain('export class ScenarioBuilder');
    expect(code).not.toMatch(/import type|private readonly|: number\)/);
    expect((await fetch(`${s.url}style.css`)).headers.get('content-type')).toMatch(/^text\/css/);
  });

  it('serves nothing outside the player folder and never echoes the path', async () => {
    const s = await start();
    for (const path of ['server.ts', '../server.ts', '%2e%2e/server.js', 'player/../../server.js', 'x<script>.html']) {
      const res = await fetch(s.url + path);
      expect(res.status, path).toBe(404);
      const text = await res.text();
      expect(text).toBe('Not found.\n');
    }
    expect((await fetch(s.url, { method: 'DELETE' })).status).toBe(405);
  });
});
