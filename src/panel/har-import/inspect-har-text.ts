import type { CapturedCall } from '../../core/call.js';
import type { CallFindings, Finding } from '../../core/finding.js';
import { entryToCall, HarError, readHarValue } from '../../core/har/read-har.js';
import { isObject } from '../../core/media-event.js';
import { Inspector } from '../../core/inspector.js';
import type { SessionView } from '../../core/session.js';
import type { CallEntry } from '../../messaging/entry.js';
import type { SessionSummary } from '../../messaging/protocol.js';
import { summarizeCall } from '../call-summary.js';
import { message, type Message } from '../../i18n/message.js';
import { HarEntryScanner } from './entry-scanner.js';
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
      throw notJson(e);
    }
    read = readHarValue(root);
  } catch (e) {
    if (!(e instanceof HarError)) throw e;
    opts.post({ type: 'failed', message: cannotOpen(opts.name, e) });
    return;
  }
  const { calls, skipped, creator } = read;
  progress.phase = 'inspecting';
  progress.totalEntries = calls.length + skipped.length;
  const judge = new Judge(opts);
  for (let start = 0; start < calls.length; start += CALLS_PER_BATCH) {
    const chunk = calls.slice(start, start + CALLS_PER_BATCH);
    judge.judge(chunk);
    progress.entriesInspected = Math.min(progress.totalEntries, (chunk.at(-1) ? Number(chunk.at(-1)!.id) : 0) + 1);
    opts.post({ type: 'progress', progress: { ...progress } });
    await opts.pause?.();
  }
  judge.finish(progress, skipped.length, creator);
}

/** A piece of the file's text, and how many of its bytes have been read with it. */
export interface TextPiece {
  text: string;
  bytesRead: number;
}

/** The first batch is posted as soon as it has this many calls: the first sessions show at once. */
const FIRST_BATCH_CALLS = 100;

/**
 * inspectHarText on a file read piece by piece: each entry is parsed and judged as soon as its
 * text is complete (HarEntryScanner), so the first sessions are posted while the rest is still
 * being read, and the file is never held whole. The result is the command line's for the whole
 * file. When the file is not a HAR as the scanner reads it (not JSON, duplicate keys, a cut-off
 * end), the whole text is parsed as inspectHarText does, for its exact message or reading; what
 * was posted already is then taken back first with a `reset`.
 */
export async function inspectHarPieces(pieces: AsyncIterable<TextPiece>, opts: InspectOptions & { wholeText(): Promise<string> }): Promise<void> {
  const progress: ImportProgress = { phase: 'reading', bytesRead: 0, totalBytes: opts.bytes, entriesInspected: 0, totalEntries: 0 };
  opts.post({ type: 'progress', progress: { ...progress } });
  const scanner = new HarEntryScanner();
  const judge = new Judge(opts);
  let index = 0;
  let skipped = 0;
  let pending: CapturedCall[] = [];
  let reported = 0;
  /** The length of the entries' texts so far, each with its comma. */
  let entryChars = 0;
  const flush = () => {
    judge.judge(pending);
    pending = [];
  };
  const fallBack = async () => {
    if (judge.posted) opts.post({ type: 'reset' });
    await inspectHarText(await opts.wholeText(), opts);
  };
  const report = (bytesRead: number) => {
    progress.phase = 'inspecting';
    progress.bytesRead = bytesRead;
    progress.entriesInspected = index - pending.length;
    // How many entries the file holds, guessed from the size of those read so far (a browser may
    // hand over the whole file as one piece, so the bytes read say little): what the progress bar shows.
    progress.totalEntries = Math.max(index, Math.round((index * opts.bytes) / Math.max(1, entryChars)));
    // A progress message per CALLS_PER_BATCH entries: enough to move a bar, few enough to cost nothing.
    if (progress.entriesInspected - reported < CALLS_PER_BATCH) return;
    reported = progress.entriesInspected;
    opts.post({ type: 'progress', progress: { ...progress } });
  };
  for await (const piece of pieces) {
    for (const text of scanner.push(piece.text)) {
      entryChars += text.length + 1;
      let entry: unknown;
      try {
        entry = JSON.parse(text);
      } catch {
        return fallBack();
      }
      const call = entryToCall(entry, index++);
      if (typeof call === 'string') skipped++;
      else pending.push(call);
      if (pending.length < (judge.posted ? CALLS_PER_BATCH : FIRST_BATCH_CALLS)) continue;
      flush();
      // A browser may hand over a large file in a few large pieces: progress moves within them too.
      report(piece.bytesRead);
    }
    report(piece.bytesRead);
  }
  flush();
  let root: unknown;
  try {
    root = JSON.parse(scanner.end());
  } catch {
    return fallBack();
  }
  if (scanner.duplicateKeys || !isHarWith(root, index)) return fallBack();
  progress.entriesInspected = progress.totalEntries = index;
  judge.finish(progress, skipped, readHarValue({ log: { creator: root.log.creator, entries: [] } }).creator);
}

function isHarWith(root: unknown, entries: number): root is { log: { creator?: unknown; entries: unknown[] } } {
  return isObject(root) && isObject(root.log) && Array.isArray(root.log.entries) && root.log.entries.length === entries;
}

/** A file that is not JSON; `reason` is the parser's own words. */
class NotJsonError extends HarError {
  constructor(readonly reason: string) {
    super(reason);
  }
}

function notJson(e: unknown): HarError {
  return new NotJsonError(e instanceof Error ? e.message : String(e));
}

/** What the panel tells of a file it cannot open; the HAR reader's reason is its own English sentence, passed on as it is. */
function cannotOpen(name: string, e: HarError): Message {
  return e instanceof NotJsonError ? message('panel.import.not-json', { name, reason: e.reason }) : message('panel.import.cannot-open', { name, reason: e.message });
}

/** The Inspector fed a file's calls batch by batch, posting what the panel shows after each. */
class Judge {
  private readonly inspector = new Inspector();
  private readonly ids: Ids;
  /** Calls posted to the panel (those in a session), by their id in the file. */
  private readonly postedIds = new Set<string>();

  constructor(private readonly opts: InspectOptions) {
    this.ids = new Ids(opts.prefix);
  }

  /** Whether a batch went to the panel. */
  get posted(): boolean {
    return this.postedIds.size > 0;
  }

  judge(calls: readonly CapturedCall[]): void {
    if (calls.length === 0) return;
    const changed = this.inspector.pushAll(calls);
    postBatch(this.inspector, calls, changed, this.ids, this.postedIds, this.opts);
  }

  /** The input ended: the findings only the end gives, then the summary, or the message that the file holds no API call. */
  finish(progress: ImportProgress, skipped: number, creator: string): void {
    const { inspector, opts } = this;
    const finished = inspector.finish();
    const sessions = inspector.sessions();
    const apiCalls = sessions.reduce((n, s) => n + s.callIds.length, 0);
    if (apiCalls === 0) {
      opts.post({
        type: 'failed',
        message: message('panel.import.no-api-call', { name: opts.name, count: progress.totalEntries, sessions: '…/api/v1/sessions', events: '…/api/v1/sessions/{sid}/events' }),
      });
      return;
    }
    postBatch(inspector, [], finished, this.ids, this.postedIds, opts, sessions);
    opts.post({ type: 'progress', progress: { ...progress } });
    opts.post({ type: 'done', summary: summarize(opts.name, creator, progress.totalEntries, skipped, sessions, inspector) });
  }
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
  const batch: ImportBatch = { entries: [], summaries: [], findings: [], sessions: [], callSessions: {} };
  const touched = new Set<string>();
  for (const call of chunk) {
    const key = inspector.sessionKeyOf(call.id);
    if (key === undefined) continue;
    const id = ids.call(call.id);
    const entry = entryOf(call, id);
    batch.entries.push(entry);
    batch.summaries.push(summarizeCall(entry));
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
