import type { CallFindings } from '../../core/finding.js';
import type { CallEntry } from '../../messaging/entry.js';
import type { SessionSummary } from '../../messaging/protocol.js';
import type { CallSummary } from '../call-summary.js';
import type { Message } from '../../i18n/message.js';

/** Panel → import worker: the one message a worker gets (a worker serves one file; cancel = terminate it). */
export interface ImportRequest {
  file: Blob;
  /** The file's name, for messages. */
  name: string;
  /**
   * Put before every call id and session key of this file (`har1:`), so that imported calls never
   * collide with live ones or another file's: HAR ids are entry indexes.
   */
  prefix: string;
}

export type ImportPhase = 'reading' | 'parsing' | 'inspecting';

export interface ImportProgress {
  phase: ImportPhase;
  bytesRead: number;
  totalBytes: number;
  entriesInspected: number;
  /** 0 until the file is parsed. */
  totalEntries: number;
}

/**
 * What the panel store takes, in the shapes live capture sends (the `entries`, `findings` and
 * `sessions` port messages): new calls, replaced finding lists, changed sessions and the session of
 * each new call. A session or a call's findings may come again in a later batch, changed: the
 * last one wins, as with live capture.
 */
export interface ImportBatch {
  entries: CallEntry[];
  /**
   * What the list shows of each entry (`summaries[i]` is `entries[i]`'s), computed in the worker,
   * which reads the bodies anyway: the panel's thread then lists a file's calls without parsing
   * their bodies.
   */
  summaries: CallSummary[];
  findings: CallFindings[];
  sessions: SessionSummary[];
  /** Call id → session key. */
  callSessions: Record<string, string>;
}

export interface ImportSummary {
  name: string;
  /** The tool that wrote the file, from log.creator ("Firefox 128.5.0"). */
  creator: string;
  entries: number;
  apiCalls: number;
  sessions: number;
  /** Entries that could not be read. */
  skipped: number;
  errors: number;
  warnings: number;
  infos: number;
}

/** Import worker → panel. */
export type ImportMessage =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'batch'; batch: ImportBatch }
  /** Everything posted so far is void (the file turned out to need reading whole): the batches start again. */
  | { type: 'reset' }
  | { type: 'done'; summary: ImportSummary }
  /** The file is not a HAR, or holds no Media Collection API call: one message for the user, and no batch was sent. */
  | { type: 'failed'; message: Message };
