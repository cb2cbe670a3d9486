import { describe, expect, it } from 'vitest';
import type { ImportBatch } from '../../src/panel/har-import/protocol.js';
import { applyBetweenTasks, createImportedFiles } from '../../src/panel/imported-files.js';
import { english } from '../../src/i18n/translator.js';
import { createPanelStore } from '../../src/panel/store.js';

/** A batch of `calls` made-up calls (the applier only passes them on) and one session at `version`. */
function batch(calls: number, version: number): ImportBatch {
  const entries = Array.from({ length: calls }, () => ({}) as ImportBatch['entries'][number]);
  const summaries = entries.map(() => ({}) as ImportBatch['summaries'][number]);
  return { entries, summaries, findings: [], sessions: [{ key: 'har1:s', version } as unknown as ImportBatch['sessions'][number]], callSessions: {} };
}

const versionOf = (b: ImportBatch) => (b.sessions[0] as unknown as { version: number }).version;

describe('applying an import between tasks', () => {
  /** What the applier did, in order: `stage N` per batch, `publish` per showing. */
  function logged() {
    const log: string[] = [];
    const applier = applyBetweenTasks(
      (b) => log.push(`stage ${versionOf(b)}`),
      () => log.push('publish'),
    );
    return { log, applier };
  }
  const until = (done: () => boolean) =>
    new Promise<void>((resolve) => {
      const wait = () => (done() ? resolve() : setTimeout(wait, 1));
      wait();
    });

  it('stages every batch in order, and shows them in tasks of their own, fewer than one per batch', async () => {
    const { log, applier } = logged();
    for (let i = 0; i < 7; i++) applier.push(batch(1000, i));
    expect(log).toEqual([]); // not in the worker message's own task
    await applier.drained();
    expect(log.filter((l) => l !== 'publish')).toEqual([0, 1, 2, 3, 4, 5, 6].map((i) => `stage ${i}`));
    expect(log.at(-1)).toBe('publish');
    expect(log.filter((l) => l === 'publish').length).toBeLessThan(7);
    applier.stop();
  });

  it('shows the first batch at once, and what arrives after it together, not a render per batch', async () => {
    const { log, applier } = logged();
    applier.push(batch(100, 0));
    await until(() => log.includes('publish'));
    for (let i = 1; i <= 5; i++) applier.push(batch(100, i));
    await applier.drained();
    expect(log).toEqual(['stage 0', 'publish', 'stage 1', 'stage 2', 'stage 3', 'stage 4', 'stage 5', 'publish']);
    applier.stop();
  });

  it('never stages and shows in the same task', async () => {
    // What each task did: a task's work ends at the microtask checkpoint after it.
    const tasks: string[][] = [];
    let current: string[] | undefined;
    const note = (what: string) => {
      if (!current) {
        tasks.push((current = []));
        queueMicrotask(() => (current = undefined));
      }
      current.push(what);
    };
    const applier = applyBetweenTasks(
      (b) => note(`stage ${versionOf(b)}`),
      () => note('publish'),
    );
    for (let i = 0; i < 4; i++) applier.push(batch(10, i));
    await applier.drained();
    expect(tasks.flat()).toContain('publish');
    for (const task of tasks) expect(task.includes('publish') && task.some((t) => t.startsWith('stage'))).toBe(false);
    applier.stop();
  });

  it('forgets the batches not staged yet when told to discard them, and takes later ones', async () => {
    const { log, applier } = logged();
    applier.push(batch(10, 1));
    applier.discard();
    applier.push(batch(10, 2));
    await applier.drained();
    expect(log).toEqual(['stage 2', 'publish']);
    applier.stop();
  });

  it('stages and shows nothing more once stopped', async () => {
    const { log, applier } = logged();
    applier.push(batch(10, 1));
    applier.stop();
    await applier.drained();
    await new Promise((r) => setTimeout(r, 10));
    expect(log).toEqual([]);
  });
});

it('says so in one message when the importer cannot start, and adds no file', async () => {
  const store = createPanelStore();
  const files = createImportedFiles(store, () => Promise.reject(new Error('Failed to fetch dynamically imported module')));
  files.open([new File(['{}'], 'a.har')]);
  await new Promise((r) => setTimeout(r, 10));
  expect(files.messages.value.map((m) => english.text(m.message))).toEqual(['a.har could not be opened: Failed to fetch dynamically imported module']);
  expect(files.files.value).toEqual([]);
});
