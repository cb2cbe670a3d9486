import { useRef, useState } from 'preact/hooks';
import { REPORT_FORMATS } from '../../core/report/index.js';
import { copyTextVia, type CopyRoute } from '../copy-text.js';
import { downloadText } from '../download.js';
import type { ImportedFiles } from '../imported-files.js';
import { fileNameFor, harOf, reportOf, selectedCalls, selectionOf } from '../selection-files.js';
import type { PanelStore } from '../store.js';
import { ManualCopy } from './CopyButton.js';
import { OverflowMenu } from './OverflowMenu.js';
import { useTranslator } from '../i18n/use-translator.js';

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
  const t = useTranslator();
  const [notice, setNotice] = useState<Notice>();
  const selection = selectionOf(t, store);
  const what = selection.label !== undefined ? t.t('panel.files.session', { name: selection.label }) : t.t('panel.files.all-sessions');
  const noCalls = selection.calls === 0;
  const noSessions = selection.sessions === 0;
  const md = REPORT_FORMATS.md;

  const saveHar = () => {
    const calls = selectedCalls(store);
    downloadText(harOf(calls, version), fileNameFor(selection.label, 'har'), 'application/json');
    setNotice({ text: t.t('panel.files.saved-har', { count: calls.length, what }) });
  };
  const report = () => reportOf(t, selectedCalls(store), store.importedFiles.value);
  const copyReport = async () => {
    const text = report();
    const route = await copyTextVia(text);
    if (route === 'clipboard-api') setNotice({ route, text: t.t('panel.files.copied-report', { what }) });
    else if (route === 'copy-command') setNotice({ route, text: t.t('panel.files.copied-report-command', { what }) });
    else setNotice({ route, text: t.t('panel.files.refused-report'), manual: text });
  };
  const saveReport = () => {
    downloadText(report(), fileNameFor(selection.label, md.extension), md.mimeType);
    setNotice({ text: t.t('panel.files.saved-report', { what }) });
  };

  const open = (
    <button type="button" class="open-har" title={t.t('panel.files.open-title')} onClick={() => input.current?.click()}>
      <span aria-hidden="true">⇪</span> {t.t('panel.files.open')}
    </button>
  );
  const exports = (
    <>
      <button type="button" class="save-har" disabled={noCalls} title={t.t('panel.files.save-har-title', { what })} onClick={saveHar}>
        {t.t('panel.files.save-har')}
      </button>
      <button type="button" class="copy-report" disabled={noSessions} title={t.t('panel.files.copy-report-title', { what })} onClick={() => void copyReport()}>
        {t.t('panel.files.copy-report')}
      </button>
      <button type="button" class="save-report" disabled={noSessions} title={t.t('panel.files.save-report-title', { what })} onClick={saveReport}>
        {t.t('panel.files.save-report')}
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
        aria-label={t.t('panel.files.open-input')}
        onChange={(e) => {
          const chosen = [...(e.currentTarget.files ?? [])];
          // Cleared, so that choosing the same file again opens it again.
          e.currentTarget.value = '';
          if (chosen.length > 0) files.open(chosen);
        }}
      />
      {compact ? (
        <OverflowMenu name="files" label={t.t('panel.files.menu')} icon="⇅" title={t.t('panel.files.menu-title')} closeOnAction>
          {open}
          {exports}
        </OverflowMenu>
      ) : (
        <>
          {open}
          <OverflowMenu name="export" label={t.t('panel.files.export')} icon="⤓" title={t.t('panel.files.export-title')} closeOnAction>
            {exports}
          </OverflowMenu>
        </>
      )}
      {notice && <FileNotice notice={notice} onClose={() => setNotice(undefined)} />}
    </>
  );
}

function FileNotice({ notice, onClose }: { notice: Notice; onClose: () => void }) {
  const t = useTranslator();
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
      <button type="button" class="dismiss" aria-label={t.t('panel.files.dismiss')} title={t.t('panel.files.dismiss')} onClick={onClose}>
        ✕
      </button>
      {notice.manual !== undefined && <ManualCopy label={t.t('panel.files.report-field')} text={notice.manual} />}
    </div>
  );
}
