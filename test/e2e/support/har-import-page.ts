import type { Message } from '../../../src/i18n/message.js';
/**
 * Scripts that run on the extension's panel page: they load the built HAR importer
 * (har-import.js, which starts the bundled worker) as the panel will, and report what it
 * delivered as plain data.
 */

export interface PageImport {
  /** `message`: why a failed import failed, as the panel renders it (har-import/protocol.ts). */
  result: { status: string; summary?: Record<string, unknown>; message?: Message };
  progress: { phase: string; bytesRead: number; totalBytes: number; entriesInspected: number; totalEntries: number }[];
  batches: number;
  /** The batch message at which the first session arrived (0-based), -1 for none. */
  firstSessionBatch: number;
  sessions: { key: string; sid?: string; mediaName?: string; state: string }[];
  /** Findings as [callId, rule, severity], from the last list delivered for each call. */
  findings: [string, string, string][];
  calls: number;
  /** Tasks of its own the page's main thread ran while the import went on. */
  mainThreadTicks: number;
  /** The scripts of the workers the page started, and the page's origin. */
  workerScripts: string[];
  origin: string;
  /** Batches delivered after cancel() (must be none). */
  afterCancel: number;
}

/**
 * Imports a file built on the page (`makeFile` is an expression giving a File), optionally
 * cancelling at the first progress message past `cancelAtBytes`.
 */
export function importOnPage(makeFile: string, options: { cancelAtEntries?: number } = {}): string {
  return `(async () => {
    const { importHar } = await import('/har-import.js');
    const started = [];
    const NativeWorker = window.Worker;
    window.Worker = class extends NativeWorker { constructor(url, opts) { started.push(String(url)); super(url, opts); } };
    const file = ${makeFile};
    const out = { progress: [], batches: 0, firstSessionBatch: -1, afterCancel: 0 };
    const calls = new Set(), sessions = new Map(), findings = new Map();
    let cancelled = false, ticking = true, ticks = 0;
    // A task loop of the page's own; through a MessageChannel, which a background tab does not throttle as it does timers.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { if (!ticking) return; ticks++; channel.port2.postMessage(0); };
    channel.port2.postMessage(0);
    let job;
    job = importHar(file, file.name, {
      onProgress: (p) => {
        out.progress.push(p);
        if (${options.cancelAtEntries ?? -1} >= 0 && !cancelled && p.entriesInspected >= ${options.cancelAtEntries ?? -1}) { cancelled = true; job.cancel(); }
      },
      onBatch: (b) => {
        if (cancelled) out.afterCancel++;
        if (out.firstSessionBatch < 0 && b.sessions.length > 0) out.firstSessionBatch = out.batches;
        out.batches++;
        for (const e of b.entries) calls.add(e.call.id);
        for (const s of b.sessions) sessions.set(s.key, s);
        for (const f of b.findings) findings.set(f.callId, f.findings);
      },
    });
    out.result = await job.result;
    // Anything the worker still had queued would arrive now; cancel must have stopped it.
    await new Promise((r) => setTimeout(r, 50));
    ticking = false;
    out.mainThreadTicks = ticks;
    out.calls = calls.size;
    out.sessions = [...sessions.values()].map((s) => ({ key: s.key, sid: s.sid, mediaName: s.mediaName, state: s.state }));
    out.findings = [...findings.values()].flat().map((f) => [f.callId, f.rule, f.severity]);
    window.Worker = NativeWorker;
    out.workerScripts = started;
    out.origin = location.origin;
    return out;
  })()`;
}

/** A File of `text` (JSON-encoded into the script). */
export function fileOf(name: string, text: string): string {
  return `new File([${JSON.stringify(text)}], ${JSON.stringify(name)}, { type: 'application/json' })`;
}

/**
 * A File of a generated "Save all as HAR" of about `megabytes`, built on the page (a large text
 * need not cross the test protocol): sessions of 200 events, each call followed by a segment GET.
 */
export function generatedHarFile(megabytes: number): string {
  return `(() => {
    const parts = [];
    let size = 0, n = 0;
    const T0 = 1763888400000;
    for (let s = 0; size < ${megabytes} * 1048576; s++) {
      const sid = s.toString(16).padStart(64, '0');
      for (let i = 0; i < 200; i++) {
        const ts = T0 + s * 1000 + i * 10000;
        const eventType = i === 0 ? 'sessionStart' : i === 1 ? 'play' : i === 199 ? 'sessionEnd' : 'ping';
        const body = { playerTime: { playhead: i * 10, ts }, eventType };
        if (i === 0) body.params = { 'analytics.trackingServer': 'x.sc.omtrdc.net', 'analytics.reportSuite': 'rs', 'visitor.marketingCloudOrgId': 'ORG@AdobeOrg', 'media.id': 'v' + s, 'media.name': 'Generated ' + s, 'media.length': 3600, 'media.contentType': 'vod', 'media.playerName': 'gen', 'media.channel': 'gen', 'media.streamType': 'video' };
        const api = {
          startedDateTime: new Date(ts).toISOString(), time: 30,
          request: { method: 'POST', url: 'https://gen.hb-api.omtrdc.net/api/v1/sessions' + (i === 0 ? '' : '/' + sid + '/events'), httpVersion: 'HTTP/1.1', headers: [{ name: 'Content-Type', value: 'application/json' }], queryString: [], cookies: [], headersSize: -1, bodySize: -1, postData: { mimeType: 'application/json', text: JSON.stringify(body) } },
          response: { status: i === 0 ? 201 : 204, statusText: '', httpVersion: 'HTTP/1.1', headers: i === 0 ? [{ name: 'Location', value: '/api/v1/sessions/' + sid }] : [], cookies: [], content: { size: 0, mimeType: '' }, redirectURL: '', headersSize: -1, bodySize: -1 },
          cache: {}, timings: { send: 0, wait: 30, receive: 0 },
        };
        const segment = { startedDateTime: new Date(ts + 1).toISOString(), time: 120, request: { method: 'GET', url: 'https://cdn.example.com/seg-' + (n++) + '.m4s', httpVersion: 'HTTP/1.1', headers: [], queryString: [], cookies: [], headersSize: -1, bodySize: 0 }, response: { status: 200, statusText: 'OK', httpVersion: 'HTTP/1.1', headers: [{ name: 'content-type', value: 'video/iso.segment' }], cookies: [], content: { size: 800000, mimeType: 'video/iso.segment' }, redirectURL: '', headersSize: -1, bodySize: 800000 }, cache: {}, timings: { send: 0, wait: 100, receive: 20 } };
        for (const e of [api, segment]) { const t = JSON.stringify(e); parts.push(t); size += t.length + 1; }
      }
    }
    return new File(['{"log":{"version":"1.2","creator":{"name":"generated","version":"1"},"entries":[', parts.join(','), ']}}'], 'generated.har', { type: 'application/json' });
  })()`;
}
