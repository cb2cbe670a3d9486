import type { CapturedCall } from '../../core/call.js';
import type { CallFindings, Finding } from '../../core/finding.js';
import { HarError, readHarValue } from '../../core/har/read-har.js';
import { Inspector } from '../../core/inspector.js';
import type { SessionView } from '../../core/session.js';
import type { CallEntry } from '../../messaging/entry.js';
import type { SessionSummary } from '../../messaging/protocol.js';
import type { ImportBatch, ImportMessage, ImportProgress, ImportSummary } from './protocol.js';

/** Calls judged between two batches: the first sessions show early, and progress moves often. */
export const CALLS_PER_BATCH = 1000;

export interface InspectOptions {
  name: string;
  prefix: string;
  bytes: number;
  post(message: ImportMessage): void;
  /** Between batches, so that the worker can hand the thread to its messages. */
  pause?(): Promise<void>;
}

/**
 * The worker's work once the file is text: parse it, judge its calls as the command line does
 * (the same Inspector fed the same calls in the same order, then finished: the same findings),
 * and post what the panel shows a batch at a time. Sessions and findings are posted as they
 * stand after each batch, and once more when the input ends (rules that judge what is still open
 * at the end, as for a HAR on the command line, speak only then).
 */
export async function inspectHarText(text: string, opts: InspectOptions): Promise<void> {
  const progress: ImportProgress = { phase: 'parsing', bytesRead: opts.bytes, totalBytes: opts.bytes, entriesInspected: 0, totalEntries: 0 };
  opts.post({ type: 'progress', progress: { ...progress } });
  let read;
  try {
    let root: unknown;
    try {
      root = JSON.parse(text);
    } catch (e) {
      throw new HarError(`not JSON (${e instanceof Error ? e.message : String(e)}); a HAR file is JSON with log.entries`);
    }
    read = readHarValue(root);
  } catch (e) {
    if (!(e instanceof HarError)) throw e;
    opts.post({ type: 'failed', message: `${opts.name} cannot be opened: ${e.message}.` });
    return;
  }
  const { calls, skipped, creator } = read;
  progress.phase = 'inspecting';
  progress.totalEntries = calls.length + skipped.length;
  const inspector = new Inspector();
  const ids = new Ids(opts.prefix);
  const posted = new Set<string>();
  const byId = new Map<string, CapturedCall>();
  for (let start = 0; start < calls.length; start += CALLS_PER_BATCH) {
    const chunk = calls.slice(start, start + CALLS_PER_BATCH);
    for (const c of chunk) byId.set(c.id, c);
    const changed = inspector.pushAll(chunk);
    progress.entriesInspected = Math.min(progress.totalEntries, (chunk.at(-1) ? Number(chunk.at(-1)!.id) : 0) + 1);
    postBatch(inspector, chunk, changed, ids, posted, opts);
    opts.post({ type: 'progress', progress: { ...progress } });
    await opts.pause?.();
  }
  const finished = inspector.finish();
  progress.entriesInspected = progress.totalEntries;
  const sessions = inspector.sessions();
  const apiCalls = sessions.reduce((n, s) => n + s.callIds.length, 0);
  if (apiCalls === 0) {
    opts.post({
      type: 'failed',
      message: `${opts.name} holds no Media Collection API call (POST …/api/v1/sessions or …/api/v1/sessions/{sid}/events) among its ${progress.totalEntries} entries.`,
    });
    return;
  }
  postBatch(inspector, [], finished, ids, posted, opts, sessions);
  opts.post({ type: 'progress', progress: { ...progress } });
  opts.post({ type: 'done', summary: summarize(opts.name, creator, progress.totalEntries, skipped.length, sessions, inspector) });
}

function postBatch(
  inspector: Inspector,
  chunk: readonly CapturedCall[],
  changed: readonly CallFindings[],
  ids: Ids,
  posted: Set<string>,
  opts: InspectOptions,
  allSessions?: readonly SessionView[],
): void {
  const batch: ImportBatch = { entries: [], findings: [], sessions: [], callSessions: {} };
  const touched = new Set<string>();
  for (const call of chunk) {
    const key = inspector.sessionKeyOf(call.id);
    if (key === undefined) continue;
    const id = ids.call(call.id);
    batch.entries.push(entryOf(call, id));
    batch.callSessions[id] = ids.session(key);
    touched.add(key);
    posted.add(call.id);
  }
  // Findings only for calls the panel holds: those of other traffic are the CLI's `skipped` too.
  for (const c of changed) if (posted.has(c.callId)) batch.findings.push({ callId: ids.call(c.callId), findings: c.findings.map((f) => ids.finding(f)) });
  for (const view of allSessions ?? inspector.sessions()) if (allSessions || touched.has(view.key)) batch.sessions.push(ids.summary(view));
  if (batch.entries.length + batch.findings.length + batch.sessions.length > 0) opts.post({ type: 'batch', batch });
}

function entryOf(call: CapturedCall, id: string): CallEntry {
  return { kind: 'call', call: { ...call, id }, resourceType: 'har' };
}

function summarize(name: string, creator: string, entries: number, skipped: number, sessions: readonly SessionView[], inspector: Inspector): ImportSummary {
  const summary: ImportSummary = { name, creator, entries, skipped, apiCalls: 0, sessions: sessions.length, errors: 0, warnings: 0, infos: 0 };
  for (const s of sessions) {
    summary.apiCalls += s.callIds.length;
    for (const id of s.callIds) for (const f of inspector.findingsOf(id)) {
      if (f.severity === 'error') summary.errors++;
      else if (f.severity === 'warning') summary.warnings++;
      else summary.infos++;
    }
  }
  return summary;
}

/** The file's ids as the panel holds them: behind the import's prefix. */
class Ids {
  constructor(private readonly prefix: string) {}
  call(id: string): string {
    return this.prefix + id;
  }
  session(key: string): string {
    return this.prefix + key;
  }
  finding(f: Finding): Finding {
    const out: Finding = { ...f, callId: this.call(f.callId) };
    if (f.relatedCallIds) out.relatedCallIds = f.relatedCallIds.map((id) => this.call(id));
    return out;
  }
  summary({ callIds: _ids, ...view }: SessionView): SessionSummary {
    const out: SessionSummary = { ...view, key: this.session(view.key) };
    if (view.startCallId !== undefined) out.startCallId = this.call(view.startCallId);
    return out;
  }
}
