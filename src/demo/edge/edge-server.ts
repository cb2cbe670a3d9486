import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answerEdge, EdgeMockState } from './edge-answers.js';

/** One Edge call the mock answered: the ground truth captured calls are compared with. */
export interface EdgeRequestRecord {
  path: string;
  body: string;
  status: number;
}

export interface EdgeMockOptions {
  /** Called once per Edge call answered (the terminal of `npm start` prints them). */
  onRequest?: (record: EdgeRequestRecord) => void;
}

export interface EdgeMockServer {
  /** The TLS port answering as edge.adobedc.net. */
  tlsPort: number;
  /**
   * A proxy for browsers that cannot map a host name (Firefox): CONNECTs to edge.adobedc.net go
   * to the TLS port, any other host to itself, so the rest of the web still works.
   */
  proxyPort: number;
  /** The SHA-256 fingerprint of the mock's certificate, `AB:CD:…`, for a browser's exception list. */
  certificateSha256: string;
  received: EdgeRequestRecord[];
  close(): Promise<void>;
}

/** The host the Web SDK posts to by default; the browser is pointed at the mock for it. */
export const EDGE_HOST = 'edge.adobedc.net';

/**
 * A certificate for edge.adobedc.net made now, with the openssl command line: the browser is
 * told to accept it for the test, and it is thrown away with the server.
 */
function makeCertificate(): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'mci-edge-cert-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', `/CN=${EDGE_HOST}`, '-addext', `subjectAltName=DNS:${EDGE_HOST}`, '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The mock Edge for the Media Edge demo and tests: TLS on a random port (the Web SDK builds
 * https:// URLs), and a CONNECT proxy for browsers that reach the mock through one. The page
 * that drives the Web SDK is the demo player's (src/demo/player/edge-scenarios.ts).
 */
export async function startEdgeMock(options: EdgeMockOptions = {}): Promise<EdgeMockServer> {
  const state = new EdgeMockState();
  const received: EdgeRequestRecord[] = [];
  const certificate = makeCertificate();
  const tls = createHttpsServer(certificate, (req, res) => {
    void readBody(req).then((body) => {
      const origin = req.headers.origin ?? '*';
      // The Web SDK sends credentials: CORS must name the origin, not "*".
      const cors = { 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Credentials': 'true', 'Access-Control-Allow-Headers': 'Content-Type', 'Access-Control-Allow-Methods': 'POST, OPTIONS' };
      if (req.method === 'OPTIONS') return send(res, 204, cors);
      const path = (req.url ?? '/').split('?')[0]!;
      const answer = req.method === 'POST' ? answerEdge(path, body, state) : undefined;
      if (!answer) return send(res, 404, cors, 'Not found');
      const record = { path, body, status: answer.status };
      received.push(record);
      options.onRequest?.(record);
      send(res, answer.status, answer.body ? { ...cors, 'Content-Type': 'application/json' } : cors, answer.body);
    });
  });
  const proxy = createHttpServer((_req, res) => send(res, 405, {}, 'CONNECT only'));
  proxy.on('connect', (req: IncomingMessage, client, head) => {
    const [host = '', targetPort = '443'] = (req.url ?? '').split(':');
    const target = host === EDGE_HOST ? { port: port(tls), host: '127.0.0.1' } : { port: Number(targetPort), host };
    const upstream = connect(target.port, target.host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await Promise.all([tls, proxy].map((s) => new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve))));
  return {
    tlsPort: port(tls),
    proxyPort: port(proxy),
    certificateSha256: new X509Certificate(certificate.cert).fingerprint256,
    received,
    close: () =>
      Promise.all(
        [tls, proxy].map(
          (s) =>
            new Promise<void>((resolve) => {
              s.closeAllConnections?.();
              s.close(() => resolve());
            }),
        ),
      ).then(() => undefined),
  };
}

function port(server: { address(): unknown }): number {
  return (server.address() as AddressInfo).port;
}

function send(res: ServerResponse, status: number, headers: Record<string, string>, body?: string): void {
  res.writeHead(status, headers);
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}
