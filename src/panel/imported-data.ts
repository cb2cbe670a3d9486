import { batch, signal, type Signal } from '@preact/signals';
import type { ImportBatch } from './har-import/protocol.js';
import type { TabCollections } from './tab-collections.js';

/** A file opened in the panel, as its sessions are marked: its name, and whether its calls are still arriving. */
export interface ImportedSource {
  name: string;
  loading: boolean;
}

/**
 * The store's side of the files opened in the panel: their calls, findings and sessions beside
 * the live capture, every id behind the file's prefix (`har1:`).
 */
export interface ImportedData {
  /** Import prefix (`har1:`) → the file it came from, for each file opened in the panel. */
  importedFiles: Signal<ReadonlyMap<string, ImportedSource>>;
  /**
   * Adds what an imported file's worker sent, one batch: calls, findings and sessions. Nothing
   * shows it until `publishImports`: a large file's batches are added one task at a time, and
   * shown, which costs a render of the panel, several at once.
   */
  stageImport(batch: ImportBatch): void;
  /** Shows what the batches staged since the last time added. */
  publishImports(): void;
  /** Takes out every call and session of one imported file (its prefix, `har2:`). */
  removeImported(prefix: string): void;
}

/**
 * `publish` hands the collections' changes to the store's signals; `forgetPicksUnless` unpicks
 * the selected call and the picked session when they are gone.
 */
export function createImportedData(data: TabCollections, publish: () => void, forgetPicksUnless: (keep: (id: string) => boolean) => void): ImportedData {
  return {
    importedFiles: signal(new Map()),
    stageImport: (b) => {
      data.upsert(b.entries);
      data.replaceFindings(b.findings);
      data.mergeSessions(b.sessions);
      data.linkCalls(b.callSessions);
    },
    publishImports: publish,
    removeImported: (prefix) =>
      batch(() => {
        const keep = (id: string) => !id.startsWith(prefix);
        data.keepOnly(keep);
        publish();
        forgetPicksUnless(keep);
      }),
  };
}
