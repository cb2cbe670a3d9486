import { batch, signal, type ReadonlySignal } from '@preact/signals';
import type { HarImport, ImportHandlers, ImportProgress, ImportSummary } from './har-import/import-har.js';
import type { ImportBatch } from './har-import/protocol.js';
import type { PanelStore } from './store.js';
import { knowSummary } from './call-summary.js';
import { summarizeCall } from './call-summary.js';

import { message, type Message } from '../i18n/message.js';

/** How the panel starts one file's import: `importHar`, or an in-process one in tests. */
export type StartImport = (file: Blob, name: string, handlers: ImportHandlers) => HarImport | Promise<HarImport>;

export interface ImportedFile {
  prefix: string;
  name: string;
  status: 'loading' | 'done';
  progress?: ImportProgress;
  summary?: ImportSummary;
}

/** A file that could not be opened, or whose opening was stopped: one message for the user. */
export interface FileMessage {
  id: number;
  message: Message;
}

/**
 * The files opened in the panel: their progress while they load, then their place beside the
 * live capture until the user removes them. They live in this page's memory only (never in
 * storage.session, which belongs to live capture): closing DevTools drops them.
 */
export interface ImportedFiles {
  /** Files loading or loaded, in the order they were opened. */
  files: ReadonlySignal<ImportedFile[]>;
  messages: ReadonlySignal<FileMessage[]>;
  open(files: Iterable<File>): void;
  /** Stops a file that is loading, or removes a loaded one: either way nothing of it stays. */
  remove(prefix: string): void;
  dismiss(id: number): void;
}

export function createImportedFiles(store: PanelStore, start: StartImport, applyLater: ApplyScheduler = applyBetweenTasks): ImportedFiles {
  const files = signal<ImportedFile[]>([]);
  const messages = signal<FileMessage[]>([]);
  const jobs = new Map<string, { job: HarImport; apply: BatchApplier }>();
  let messageIds = 0;

  /** The files, and in the store which file each prefix stands for (the session list marks imported sessions by it). */
  const setFiles = (list: ImportedFile[]) =>
    batch(() => {
      files.value = list;
      store.importedFiles.value = new Map(list.map((f) => [f.prefix, { name: f.name, loading: f.status === 'loading' }]));
    });
  const update = (prefix: string, change: Partial<ImportedFile>) => setFiles(files.value.map((f) => (f.prefix === prefix ? { ...f, ...change } : f)));
  const say = (said: Message) => (messages.value = [...messages.value, { id: ++messageIds, message: said }]);
  const drop = (prefix: string) =>
    batch(() => {
      jobs.get(prefix)?.apply.stop();
      jobs.delete(prefix);
      setFiles(files.value.filter((f) => f.prefix !== prefix));
      store.removeImported(prefix);
    });

  const openOne = async (file: File) => {
    const apply = applyLater(
      (batches) => store.applyImport(batches),
      // Each call's row summary (its event type, its player time) comes read from its body by the
      // worker: given to the call before the batch reaches the store, which lists the event types,
      // and the session list, which measures every session's length once the file is loaded.
      (b) => b.entries.forEach((e, i) => knowSummary(e, b.summaries[i]!)),
    );
    let prefix = '';
    let job: HarImport;
    try {
      job = await start(file, file.name, {
        onProgress: (progress) => prefix && update(prefix, { progress }),
        onBatch: apply.push,
        // The worker starts again on the whole file: what it sent so far goes, applied or not.
        onReset: () => {
          apply.discard();
          store.removeImported(prefix);
        },
      });
    } catch (e) {
      // The importer's module could not be loaded: nothing started, nothing to take back.
      apply.stop();
      say(message('panel.import.could-not-open', { name: file.name, reason: e instanceof Error ? e.message : String(e) }));
      return;
    }
    prefix = job.prefix;
    jobs.set(prefix, { job, apply });
    setFiles([...files.value, { prefix, name: file.name, status: 'loading' }]);
    const result = await job.result;
    if (!jobs.has(prefix)) return; // removed or stopped by the user meanwhile
    await apply.drained();
    // The last batch had its own task: the file marked loaded (and every session's length
    // measured) in the next.
    await nextTask();
    if (!jobs.has(prefix)) return;
    if (result.status === 'done') {
      jobs.get(prefix)?.apply.stop();
      jobs.delete(prefix);
      update(prefix, { status: 'done', summary: result.summary, progress: undefined });
      return;
    }
    // A failure delivers nothing, save a worker that died half way: what it sent goes too.
    drop(prefix);
    if (result.status === 'failed') say(result.message);
  };

  return {
    files,
    messages,
    open: (list) => {
      for (const file of list) void openOne(file);
    },
    remove: (prefix) => {
      const file = files.value.find((f) => f.prefix === prefix);
      if (file?.status !== 'loading') return drop(prefix);
      jobs.get(prefix)?.job.cancel();
      drop(prefix);
      say(message('panel.import.stopped', { name: file.name }));
    },
    dismiss: (id) => (messages.value = messages.value.filter((m) => m.id !== id)),
  };
}

/** Applies an import's batches to the store: `push` as they come, `drained` once all are in, `stop` to apply no more. */
export interface BatchApplier {
  push(batch: ImportBatch): void;
  drained(): Promise<void>;
  /** Forgets the batches not applied yet; later ones are applied as before. */
  discard(): void;
  stop(): void;
}

export type ApplyScheduler = (apply: (batches: ImportBatch[]) => void, prepare?: (batch: ImportBatch) => void) => BatchApplier;

/** The most calls one application to the store takes: what the store and a render of them cost stays well under 100 ms. */
export const CALLS_PER_TASK = 6000;
/** How long one task may spend preparing batches (the per-call work) before it lets the page run. */
const PREPARE_SLICE_MS = 25;
/** How often, at most, prepared batches are applied: each application costs a render of the whole panel, whatever its size. */
const APPLY_EVERY_MS = 250;

/**
 * Batches applied to the store between the page's other tasks. Each batch is first prepared
 * (`prepare`: the per-call work, such as giving each call its summary) in tasks of at most PREPARE_SLICE_MS,
 * then the prepared batches are applied together (up to CALLS_PER_TASK calls) in a task of their
 * own, at most every APPLY_EVERY_MS: the first batch at once, so the first sessions show, and
 * the rest without a render per batch, which would cost more and more as the panel fills. Once
 * someone waits for `drained`, what is prepared is applied without waiting.
 */
export function applyBetweenTasks(apply: (batches: ImportBatch[]) => void, prepare: (batch: ImportBatch) => void = () => {}): BatchApplier {
  let queue: ImportBatch[] = [];
  /** How many batches at the front of the queue are prepared. */
  let prepared = 0;
  let lastApplied = -Infinity;
  let stopped = false;
  let scheduled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const idle: (() => void)[] = [];
  const channel = new MessageChannel();
  const settle = () => {
    for (const resolve of idle.splice(0)) resolve();
  };
  const schedule = () => {
    if (scheduled || stopped) return;
    scheduled = true;
    channel.port2.postMessage(0);
  };
  const applyPrepared = () => {
    let calls = 0;
    let taken = 0;
    while (taken < prepared && (taken === 0 || calls + queue[taken]!.entries.length <= CALLS_PER_TASK)) calls += queue[taken++]!.entries.length;
    prepared -= taken;
    lastApplied = performance.now();
    apply(queue.splice(0, taken));
  };
  channel.port1.onmessage = () => {
    scheduled = false;
    if (stopped) return;
    const start = performance.now();
    if (prepared < queue.length) {
      while (prepared < queue.length && performance.now() - start < PREPARE_SLICE_MS) prepare(queue[prepared++]!);
      // The application gets a task of its own.
      if (queue.length > 0) schedule();
      return;
    }
    if (queue.length === 0) return settle();
    const wait = lastApplied + APPLY_EVERY_MS - start;
    if (wait > 0 && idle.length === 0) {
      timer ??= setTimeout(() => {
        timer = undefined;
        schedule();
      }, wait);
      return;
    }
    applyPrepared();
    if (queue.length > 0) schedule();
    else settle();
  };
  return {
    push: (b) => {
      queue.push(b);
      schedule();
    },
    drained: () => {
      if (queue.length === 0) return Promise.resolve();
      schedule();
      return new Promise<void>((resolve) => idle.push(resolve));
    },
    discard: () => {
      queue = [];
      prepared = 0;
    },
    stop: () => {
      stopped = true;
      queue = [];
      prepared = 0;
      clearTimeout(timer);
      channel.port1.close();
      settle();
    },
  };
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(0);
  });
}
