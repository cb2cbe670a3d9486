import { batch, signal, type ReadonlySignal } from '@preact/signals';
import type { HarImport, ImportHandlers, ImportProgress, ImportSummary } from './har-import/import-har.js';
import type { ImportBatch } from './har-import/protocol.js';
import type { PanelStore } from './store.js';
import { playerTimeOf } from './timeline-model.js';

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
  text: string;
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
  const say = (text: string) => (messages.value = [...messages.value, { id: ++messageIds, text }]);
  const drop = (prefix: string) =>
    batch(() => {
      jobs.get(prefix)?.apply.stop();
      jobs.delete(prefix);
      setFiles(files.value.filter((f) => f.prefix !== prefix));
      store.removeImported(prefix);
    });

  const openOne = async (file: File) => {
    const apply = applyLater((batches) => {
      store.applyImport(batches);
      // Each call's player time, read from its body now, a batch at a time: the session list
      // measures every session's length once the file is loaded, and would otherwise read all
      // the bodies in that one task.
      for (const b of batches) for (const e of b.entries) playerTimeOf(e.call);
    });
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
      say(`${file.name} could not be opened: ${e instanceof Error ? e.message : String(e)}`);
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
      say(`Stopped opening ${file.name}: nothing of it was kept.`);
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

export type ApplyScheduler = (apply: (batches: ImportBatch[]) => void) => BatchApplier;

/** The most calls one task of the page takes in: what the store and a render of them cost stays well under 100 ms. */
export const CALLS_PER_TASK = 2000;

/**
 * Batches applied one task of the page at a time. A worker can post faster than the store takes
 * them in: those waiting are then applied together (up to CALLS_PER_TASK calls), because each
 * application costs a render of the panel whatever its size, and a backlog applied one by one
 * would take longer and longer to catch up.
 */
export function applyBetweenTasks(apply: (batches: ImportBatch[]) => void): BatchApplier {
  let queue: ImportBatch[] = [];
  const idle: (() => void)[] = [];
  const channel = new MessageChannel();
  const settle = () => {
    for (const resolve of idle.splice(0)) resolve();
  };
  channel.port1.onmessage = () => {
    let calls = 0;
    let taken = 0;
    while (taken < queue.length && (taken === 0 || calls + queue[taken]!.entries.length <= CALLS_PER_TASK)) calls += queue[taken++]!.entries.length;
    if (taken > 0) apply(queue.splice(0, taken));
    if (queue.length > 0) channel.port2.postMessage(0);
    else settle();
  };
  return {
    push: (b) => {
      queue.push(b);
      if (queue.length === 1) channel.port2.postMessage(0);
    },
    drained: () => (queue.length === 0 ? Promise.resolve() : new Promise<void>((resolve) => idle.push(resolve))),
    discard: () => {
      queue = [];
    },
    stop: () => {
      queue = [];
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
