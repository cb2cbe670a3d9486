import { describe, expect, it } from 'vitest';
import type { ImportBatch } from '../../src/panel/har-import/protocol.js';
import { applyBetweenTasks, CALLS_PER_TASK, createImportedFiles } from '../../src/panel/imported-files.js';
import { english } from '../../src/i18n/translator.js';
import { createPanelStore } from '../../src/panel/store.js';

/** A batch of `calls` made-up calls (the applier only counts and passes them on) and one session at `version`. */
function batch(calls: number, version: number): ImportBatch {
  const entries = Array.from({ length: calls }, () => ({}) as ImportBatch['entries'][number]);
  const summaries = entries.map(() => ({}) as ImportBatch['summaries'][number]);
  return { entries, summaries, findings: [], sessions: [{ key: 'har1:s', version } as unknown as ImportBatch['sessions'][number]], callSessions: {} };
}

const versionOf = (b: ImportBatch) => (b.sessions[0] as unknown as { version: number }).version;

describe('applying an import between tasks', () => {
  it('takes the batches waiting together, in order, never more than CALLS_PER_TASK calls a task', async () => {
    const applied: ImportBatch[][] = [];
    const applier = applyBetweenTasks((batches) => applied.push(batches));
    const sent = Array.from({ length: 7 }, (_, i) => batch(1000, i));
    for (const b of sent) applier.push(b);
    expect(applied).toEqual([]); // not in the worker message's own task
    await applier.drained();
    expect(applied.flat()).toEqual(sent);
    for (const task of applied) expect(task.reduce((n, b) => n + b.entries.length, 0)).toBeLessThanOrEqual(CALLS_PER_TASK);
    expect(applied.length).toBeLessThan(sent.length);
    applier.stop();
  });

  it('prepares every batch before the store gets it, and applies what arrives after the first batch together, not a render per batch', async () => {
    const log: string[] = [];
    const applier = applyBetweenTasks(
      (batches) => log.push(`apply ${batches.map((b) => versionOf(b)).join(',')}`),
      (b) => log.push(`prepare ${versionOf(b)}`),
    );
    applier.push(batch(100, 0));
    await new Promise<void>((resolve) => {
      const wait = () => (log.includes('apply 0') ? resolve() : setTimeout(wait, 1));
      wait();
    });
    for (let i = 1; i <= 5; i++) applier.push(batch(100, i));
    await applier.drained();
    expect(log).toEqual(['prepare 0', 'apply 0', 'prepare 1', 'prepare 2', 'prepare 3', 'prepare 4', 'prepare 5', 'apply 1,2,3,4,5']);
    applier.stop();
  });

  it('forgets the batches not applied yet when told to discard them, and applies later ones', async () => {
    const applied: number[] = [];
    const applier = applyBetweenTasks((batches) => applied.push(...batches.map((b) => versionOf(b))));
    applier.push(batch(10, 1));
    applier.discard();
    applier.push(batch(10, 2));
    await applier.drained();
    expect(applied).toEqual([2]);
    applier.stop();
  });

  it('applies nothing more once stopped', async () => {
    const applied: ImportBatch[][] = [];
    const applier = applyBetweenTasks((batches) => applied.push(batches));
    applier.push(batch(10, 1));
    applier.stop();
    await applier.drained();
    await new Promise((r) => setTimeout(r, 10));
    expect(applied).toEqual([]);
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
