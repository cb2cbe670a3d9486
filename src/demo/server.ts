import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sendApiError } from './responses.js';
import { route, type DemoRequestRecord } from './routes.js';
import { SessionTable } from './sessions.js';

export type { DemoRequestRecord } from './routes.js';

export interface DemoServerOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Loopback by default: the mock accepts anything, so it is not offered to the network. */
  host?: string;
  /** Session idle timeout; mc-api-timeout.md says 10 minutes. */
  sessionTimeoutMs?: number;
  /** Timeout without playhead movement; mc-api-timeout.md says 30 minutes. */
  playheadTimeoutMs?: number;
  /** The clock sessions expire by; tests pass a fake one. */
  now?: () => number;
  /** Called once per answered request, API calls and page files alike. */
  onRequest?: (record: DemoRequestRecord) => void;
}

export interface DemoServer {
  /** Base URL, e.g. `http://127.0.0.1:8790/`; the player page is served at it. */
  url: string;
  close(): Promise<void>;
}

/** A mock Media Collection API plus the demo player page, on one origin. */
export async function startDemoServer(opts: DemoServerOptions = {}): Promise<DemoServer> {
  const now = opts.now ?? Date.now;
  const sessions = new SessionTable({
    idleTimeoutMs: opts.sessionTimeoutMs ?? 10 * 60_000,
    playheadTimeoutMs: opts.playheadTimeoutMs ?? 30 * 60_000,
    now,
  });
  const ctx = { sessions, now, onRequest: opts.onRequest };
  const server = createServer((req, res) => {
    route(req, res, ctx).catch((e: unknown) => {
      // A bug in the mock, not an answer the real API documents; keep the server up.
      console.error('demo server:', e);
      if (res.headersSent) res.end();
      else sendApiError(res, 500, 'Internal error.');
    });
  });
  const host = opts.host ?? '127.0.0.1';
  await listen(server, opts.port ?? 0, host);
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}/`,
    close: () => close(server),
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** Stops accepting and drops idle keep-alive sockets, so close() resolves promptly. */
function close(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((e) => (e ? reject(e) : resolve()));
    server.closeAllConnections();
  });
}
