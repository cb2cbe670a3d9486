import { message, type Message } from '../../i18n/message.js';
import { importPrefix } from './imported-id.js';
import type { ImportBatch, ImportMessage, ImportProgress, ImportRequest, ImportSummary } from './protocol.js';

export type { ImportBatch, ImportProgress, ImportSummary } from './protocol.js';

export type ImportResult =
  | { status: 'done'; summary: ImportSummary }
  /** Not a HAR, no Media Collection API call, or unreadable: `message` is for the user; no batch was delivered. */
  | { status: 'failed'; message: Message }
  | { status: 'cancelled' };

export interface ImportHandlers {
  onProgress?(progress: ImportProgress): void;
  /** Calls, findings and sessions to add to the panel store, in arrival order. */
  onBatch?(batch: ImportBatch): void;
  /** The batches delivered so far are void: take them out, later batches start again. */
  onReset?(): void;
}

export interface HarImport {
  /** What this import's ids start with (`har1:`): how the panel tells an imported call or session from a live one, and which file it came from. */
  prefix: string;
  result: Promise<ImportResult>;
  /** Stops the import at once (the worker is terminated); `result` becomes cancelled. Batches already delivered stay delivered. */
  cancel(): void;
}

let imports = 0;

/**
 * Imports one HAR file off the main thread: a Web Worker of the extension's own reads, parses and
 * inspects it, and hands back progress and batches. Each call has its own worker, ended when it
 * is done or cancelled.
 */
export function importHar(file: Blob, name: string, handlers: ImportHandlers = {}): HarImport {
  const prefix = importPrefix(++imports);
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: `har-import ${prefix}` });
  let settle: (r: ImportResult) => void = () => {};
  const result = new Promise<ImportResult>((resolve) => (settle = resolve));
  let settled = false;
  const finish = (r: ImportResult) => {
    if (settled) return;
    settled = true;
    worker.terminate();
    settle(r);
  };
  worker.onmessage = (event: MessageEvent<ImportMessage>) => {
    if (settled) return;
    const m = event.data;
    if (m.type === 'progress') handlers.onProgress?.(m.progress);
    else if (m.type === 'batch') handlers.onBatch?.(m.batch);
    else if (m.type === 'reset') handlers.onReset?.();
    else if (m.type === 'done') finish({ status: 'done', summary: m.summary });
    else finish({ status: 'failed', message: m.message });
  };
  worker.onerror = (event) => {
    event.preventDefault();
    finish({ status: 'failed', message: event.message ? message('panel.import.could-not-import', { name, reason: event.message }) : message('panel.import.worker-failed', { name }) });
  };
  const request: ImportRequest = { file, name, prefix };
  worker.postMessage(request);
  return { prefix, result, cancel: () => finish({ status: 'cancelled' }) };
}
