import { batch, signal, type ReadonlySignal } from '@preact/signals';
import type { HarImport, ImportHandlers, ImportProgress, ImportSummary } from './har-import/import-har.js';
import type { ImportBatch } from './har-import/protocol.js';
import type { PanelStore } from './store.js';
import { knowSummary } from './call-summary.js';

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

  /**
   * The files, and in the store which file each prefix stands for (the session list marks imported
   * sessions by it). The store's map changes when a file comes, goes or is loaded, not as a file's
   * progress moves: every imported session of the panel is rendered again when it changes.
   */
  const setFiles = (list: ImportedFile[]) =>
    batch(() => {
      const sources = store.importedFiles.peek();
      files.value = list;
      if (list.length === sources.size && list.every((f) => sources.get(f.prefix)?.name === f.name && sources.get(f.prefix)?.loading === (f.status === 'loading'))) return;
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
    const apply = applyLater((b) => {
      // Each call's row summary (its event type, its player time) comes read from its body by the
      // worker: given to the call before the store takes it, which lists the event types and
      // measures every session's length.
      b.entries.forEach((e, i) => knowSummary(e, b.summaries[i]!));
      store.stageImport(b);
    }, store.publishImports);
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

/** Gives an import's batches to the store: `push` as they come, `drained` once all are shown, `stop` to give no more. */
export interface BatchApplier {
  push(batch: ImportBatch): void;
  drained(): Promise<void>;
  /** Forgets the batches not staged yet; later ones are taken as before. */
  discard(): void;
  stop(): void;
}

/** `stage` adds one batch to the store unseen, `publish` shows what was staged: see applyBetweenTasks. */
export type ApplyScheduler = (stage: (batch: ImportBatch) => void, publish: () => void) => BatchApplier;

/** How long one task may spend staging batches (the per-call work) before it lets the page run. */
const STAGE_SLICE_MS = 25;
/** How often, at most, what was staged is shown: each time costs a render of the panel, whatever was staged. */
const PUBLISH_EVERY_MS = 250;

/**
 * Batches given to the store between the page's other tasks, in two kinds of task that are never
 * the same one: the per-call work (`stage`: the store takes the calls in) in tasks of at most
 * STAGE_SLICE_MS, and the showing of what was staged (`publish`, then the render it causes) in a
 * task of its own, at most every PUBLISH_EVERY_MS: the first batch at once, so the first sessions
 * show, and then a render for many batches, not one per batch, which would cost more and more as
 * the panel fills. So no task does both a large share of the calls and a render of the panel. Once
 * someone waits for `drained`, what is staged is shown without waiting.
 */
export function applyBetweenTasks(stage: (batch: ImportBatch) => void, publish: () => void): BatchApplier {
  let queue: ImportBatch[] = [];
  /** Batches staged and not shown yet. */
  let staged = false;
  let lastPublished = -Infinity;
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
  const showStaged = () => {
    staged = false;
    lastPublished = performance.now();
    publish();
  };
  channel.port1.onmessage = () => {
    scheduled = false;
    if (stopped) return;
    const start = performance.now();
    const due = start - lastPublished >= PUBLISH_EVERY_MS || (queue.length === 0 && idle.length > 0);
    if (staged && due) {
      showStaged();
      if (queue.length > 0) schedule();
      else settle();
      return;
    }
    if (queue.length > 0) {
      while (queue.length > 0 && performance.now() - start < STAGE_SLICE_MS) stage(queue.shift()!);
      staged = true;
      schedule();
      return;
    }
    if (!staged) return settle();
    timer ??= setTimeout(() => {
      timer = undefined;
      schedule();
    }, lastPublished + PUBLISH_EVERY_MS - start);
  };
  return {
    push: (b) => {
      queue.push(b);
      schedule();
    },
    drained: () => {
      if (queue.length === 0 && !staged) return Promise.resolve();
      schedule();
      return new Promise<void>((resolve) => idle.push(resolve));
    },
    discard: () => {
      queue = [];
    },
    stop: () => {
      stopped = true;
      queue = [];
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
