import { useRef, useState } from 'preact/hooks';
import { REPORT_FORMATS } from '../../core/report/index.js';
import { copyTextVia, type CopyRoute } from '../copy-text.js';
import { downloadText } from '../download.js';
import type { ImportedFiles } from '../imported-files.js';
import { fileNameFor, harOf, reportOf, selectedCalls, selectionOf } from '../selection-files.js';
import type { PanelStore } from '../store.js';
import { ManualCopy } from './CopyButton.js';
import { OverflowMenu } from './OverflowMenu.js';

export interface FileActionsProps {
  store: PanelStore;
  files: ImportedFiles;
  /** The extension's version, for the exported HAR's creator. */
  version: string;
  /** A narrow toolbar: every file action in one menu. */
  compact?: boolean;
}

/** What the last copy or save did, said under the toolbar until dismissed. */
interface Notice {
  text: string;
  route?: CopyRoute;
  /** The report, when the browser refused every way to copy it: the user copies it by hand. */
  manual?: string;
}

/**
 * HAR files in and out of the panel: Open HAR (one file or more), and for the picked session, or
 * every session when none is picked, Save HAR, Copy report and Save report (Markdown). Wide: Open
 * HAR as a button and the rest in an Export menu; compact: all four in one Files menu.
 */
export function FileActions({ store, files, version, compact = false }: FileActionsProps) {
  const input = useRef<HTMLInputElement>(null);
  const [notice, setNotice] = useState<Notice>();
  const selection = selectionOf(store);
  const what = selection.picked ? `“${selection.label}”` : selection.label;
  const noCalls = selection.calls === 0;
  const noSessions = selection.sessions === 0;
  const md = REPORT_FORMATS.md;

  const saveHar = () => {
    const calls = selectedCalls(store);
    downloadText(harOf(calls, version), fileNameFor(selection.label, 'har'), 'application/json');
    setNotice({ text: `Saved ${calls.length} ${calls.length === 1 ? 'call' : 'calls'} of ${what} as a HAR file.` });
  };
  const report = () => reportOf(selectedCalls(store), store.importedFiles.value);
  const copyReport = async () => {
    const text = report();
    const route = await copyTextVia(text);
    if (route === 'clipboard-api') setNotice({ route, text: `Copied the Markdown report of ${what}.` });
    else if (route === 'copy-command') setNotice({ route, text: `Copied the Markdown report of ${what} (through the browser's copy command: DevTools refused the Clipboard API here).` });
    else setNotice({ route, text: `The browser refused to copy here: the report is selected below, press Ctrl+C (⌘C on a Mac) to copy it.`, manual: text });
  };
  const saveReport = () => {
    downloadText(report(), fileNameFor(selection.label, md.extension), md.mimeType);
    setNotice({ text: `Saved the Markdown report of ${what}.` });
  };

  const open = (
    <button type="button" class="open-har" title="Open HAR files (Chrome, Firefox, Charles, Proxyman, this panel's own)" onClick={() => input.current?.click()}>
      <span aria-hidden="true">⇪</span> Open HAR
    </button>
  );
  const exports = (
    <>
      <button type="button" class="save-har" disabled={noCalls} title={`Save the calls of ${what} as HAR 1.2`} onClick={saveHar}>
        Save HAR
      </button>
      <button type="button" class="copy-report" disabled={noSessions} title={`Copy a Markdown report of ${what}, for a ticket`} onClick={() => void copyReport()}>
        Copy report
      </button>
      <button type="button" class="save-report" disabled={noSessions} title={`Save a Markdown report of ${what}`} onClick={saveReport}>
        Save report
      </button>
    </>
  );
  return (
    <>
      <input
        ref={input}
        type="file"
        class="open-har-input"
        multiple
        accept=".har,.json,application/json"
        hidden
        aria-label="HAR files to open"
        onChange={(e) => {
          const chosen = [...(e.currentTarget.files ?? [])];
          // Cleared, so that choosing the same file again opens it again.
          e.currentTarget.value = '';
          if (chosen.length > 0) files.open(chosen);
        }}
      />
      {compact ? (
        <OverflowMenu name="files" label="HAR" icon="⇅" title="Open and save HAR files, reports" closeOnAction>
          {open}
          {exports}
        </OverflowMenu>
      ) : (
        <>
          {open}
          <OverflowMenu name="export" label="Export" icon="⤓" title="Save HAR, copy or save a report" closeOnAction>
            {exports}
          </OverflowMenu>
        </>
      )}
      {notice && <FileNotice notice={notice} onClose={() => setNotice(undefined)} />}
    </>
  );
}

function FileNotice({ notice, onClose }: { notice: Notice; onClose: () => void }) {
  return (
    <div
      class="file-notice"
      role="status"
      data-route={notice.route}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        // Handled: the panel must not close the details, nor DevTools open its drawer.
        e.preventDefault();
        e.stopPropagation();
        onClose();
      }}
    >
      <span class="file-notice-text">{notice.text}</span>
      <button type="button" class="dismiss" aria-label="Dismiss" title="Dismiss" onClick={onClose}>
        ✕
      </button>
      {notice.manual !== undefined && <ManualCopy label="Markdown report" text={notice.manual} />}
    </div>
  );
}
