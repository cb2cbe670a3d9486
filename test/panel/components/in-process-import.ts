import { importPrefix } from '../../../src/panel/har-import/imported-id.js';
import type { ImportResult } from '../../../src/panel/har-import/import-har.js';
import { inspectHarText } from '../../../src/panel/har-import/inspect-har-text.js';
import { message } from '../../../src/i18n/message.js';
import type { StartImport } from '../../../src/panel/imported-files.js';

/**
 * The import worker's own work (inspectHarText: parse, judge, post batches) run in the test's
 * thread instead of a Worker, which happy-dom has not: the panel gets the same messages, in the
 * same order, that the bundled worker posts (the e2e tests run the real worker).
 */
export function inProcessImport(): StartImport {
  let n = 0;
  return (file, name, handlers) => {
    const prefix = importPrefix(++n);
    let stop: (r: ImportResult) => void = () => {};
    const cancelled = new Promise<ImportResult>((resolve) => (stop = resolve));
    let live = true;
    const run = (async (): Promise<ImportResult> => {
      const text = await file.text();
      let outcome: ImportResult = { status: 'failed', message: message('panel.import.could-not-import', { name, reason: 'the import ended without a word' }) };
      await inspectHarText(text, {
        name,
        prefix,
        bytes: file.size,
        pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
        post: (m) => {
          if (!live) return;
          if (m.type === 'progress') handlers.onProgress?.(m.progress);
          else if (m.type === 'batch') handlers.onBatch?.(m.batch);
          else if (m.type === 'reset') handlers.onReset?.();
          else if (m.type === 'done') outcome = { status: 'done', summary: m.summary };
          else outcome = { status: 'failed', message: m.message };
        },
      });
      return outcome;
    })();
    return {
      prefix,
      result: Promise.race([run, cancelled]),
      cancel: () => {
        live = false;
        stop({ status: 'cancelled' });
      },
    };
  };
}
