import type { ImportProgress } from '../har-import/protocol.js';
import type { ImportedFile, ImportedFiles } from '../imported-files.js';
import { useTranslator } from '../i18n/use-translator.js';

/**
 * A line under the toolbar while files are open: each file with its progress (and Cancel) or
 * what it holds (and Remove), a file that could not be opened with its message, and, as the
 * Network panel says, that imported files go when DevTools closes.
 */
export function ImportedFilesBar({ files }: { files: ImportedFiles }) {
  const t = useTranslator();
  const list = files.files.value;
  const messages = files.messages.value;
  if (list.length === 0 && messages.length === 0) return null;
  return (
    <div class="imported-files" role="region" aria-label={t.t('panel.import.region')}>
      {list.map((f) => (
        <FileItem key={f.prefix} file={f} onRemove={() => files.remove(f.prefix)} />
      ))}
      {messages.map((m) => (
        <span key={m.id} class="file-message" role="alert">
          {t.text(m.message)}
          <button type="button" class="dismiss" aria-label={t.t('panel.files.dismiss')} title={t.t('panel.files.dismiss')} onClick={() => files.dismiss(m.id)}>
            ✕
          </button>
        </span>
      ))}
      {list.length > 0 && <span class="kept-note">{t.t('panel.import.kept')}</span>}
    </div>
  );
}

function FileItem({ file, onRemove }: { file: ImportedFile; onRemove: () => void }) {
  const t = useTranslator();
  const loading = file.status === 'loading';
  const s = file.summary;
  const name = file.name;
  return (
    <span class="imported-file" data-prefix={file.prefix} data-status={file.status} title={s ? t.t('panel.import.written-by', { name, creator: s.creator }) : name}>
      <span class="file-name">{name}</span>
      {loading ? (
        <Progress progress={file.progress} name={name} />
      ) : (
        s && (
          <span class="file-summary">
            {s.skipped > 0
              ? t.t('panel.import.summary-skipped', { sessions: s.sessions, calls: s.apiCalls, skipped: s.skipped })
              : t.t('panel.import.summary', { sessions: s.sessions, calls: s.apiCalls })}
          </span>
        )
      )}
      <button
        type="button"
        class={loading ? 'cancel-import' : 'remove-import'}
        title={t.t(loading ? 'panel.import.cancel-title' : 'panel.import.remove-title', { name })}
        aria-label={t.t(loading ? 'panel.import.cancel-label' : 'panel.import.remove-label', { name })}
        onClick={onRemove}
      >
        {loading ? t.t('panel.import.cancel') : '✕'}
      </button>
    </span>
  );
}

/** The phase and how far it is: bytes while reading, entries while inspecting (parsing is one step). */
function Progress({ progress, name }: { progress: ImportProgress | undefined; name: string }) {
  const t = useTranslator();
  const phase = progress?.phase ?? 'reading';
  const [done, total] =
    progress === undefined ? [0, 0] : phase === 'reading' ? [progress.bytesRead, progress.totalBytes] : phase === 'inspecting' ? [progress.entriesInspected, progress.totalEntries] : [0, 0];
  const percent = total > 0 ? Math.floor((done / total) * 100) : undefined;
  return (
    <span class="import-progress" data-phase={phase} data-percent={percent ?? ''}>
      <progress max={100} value={percent} aria-label={t.t('panel.import.progress-label', { name, phase })} />
      {t.t('panel.import.phase', { phase })}
      {percent !== undefined ? ` ${t.number(percent / 100, { style: 'percent' })}` : '…'}
    </span>
  );
}
