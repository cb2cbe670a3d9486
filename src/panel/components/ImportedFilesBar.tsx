import type { ImportProgress } from '../har-import/protocol.js';
import type { ImportedFile, ImportedFiles } from '../imported-files.js';

/**
 * A line under the toolbar while files are open: each file with its progress (and Cancel) or
 * what it holds (and Remove), a file that could not be opened with its message, and, as the
 * Network panel says, that imported files go when DevTools closes.
 */
export function ImportedFilesBar({ files }: { files: ImportedFiles }) {
  const list = files.files.value;
  const messages = files.messages.value;
  if (list.length === 0 && messages.length === 0) return null;
  return (
    <div class="imported-files" role="region" aria-label="Imported files">
      {list.map((f) => (
        <FileItem key={f.prefix} file={f} onRemove={() => files.remove(f.prefix)} />
      ))}
      {messages.map((m) => (
        <span key={m.id} class="file-message" role="alert">
          {m.text}
          <button type="button" class="dismiss" aria-label="Dismiss" title="Dismiss" onClick={() => files.dismiss(m.id)}>
            ✕
          </button>
        </span>
      ))}
      {list.length > 0 && <span class="kept-note">Imported files are kept only while DevTools is open.</span>}
    </div>
  );
}

function FileItem({ file, onRemove }: { file: ImportedFile; onRemove: () => void }) {
  const loading = file.status === 'loading';
  const s = file.summary;
  return (
    <span class="imported-file" data-prefix={file.prefix} data-status={file.status} title={s ? `${file.name}, written by ${s.creator}` : file.name}>
      <span class="file-name">{file.name}</span>
      {loading ? (
        <Progress progress={file.progress} name={file.name} />
      ) : (
        s && (
          <span class="file-summary">
            {s.sessions} {s.sessions === 1 ? 'session' : 'sessions'}, {s.apiCalls} {s.apiCalls === 1 ? 'call' : 'calls'}
            {s.skipped > 0 && `, ${s.skipped} unreadable ${s.skipped === 1 ? 'entry' : 'entries'} skipped`}
          </span>
        )
      )}
      <button type="button" class={loading ? 'cancel-import' : 'remove-import'} title={loading ? `Stop opening ${file.name}` : `Remove ${file.name} from the panel`} aria-label={loading ? `Cancel opening ${file.name}` : `Remove ${file.name}`} onClick={onRemove}>
        {loading ? 'Cancel' : '✕'}
      </button>
    </span>
  );
}

const PHASE_LABEL = { reading: 'Reading', parsing: 'Parsing', inspecting: 'Inspecting' } as const;

/** The phase and how far it is: bytes while reading, entries while inspecting (parsing is one step). */
function Progress({ progress, name }: { progress: ImportProgress | undefined; name: string }) {
  const phase = progress?.phase ?? 'reading';
  const [done, total] =
    progress === undefined ? [0, 0] : phase === 'reading' ? [progress.bytesRead, progress.totalBytes] : phase === 'inspecting' ? [progress.entriesInspected, progress.totalEntries] : [0, 0];
  const percent = total > 0 ? Math.floor((done / total) * 100) : undefined;
  return (
    <span class="import-progress" data-phase={phase} data-percent={percent ?? ''}>
      <progress max={100} value={percent} aria-label={`Opening ${name}: ${PHASE_LABEL[phase].toLowerCase()}`} />
      {PHASE_LABEL[phase]}
      {percent !== undefined ? ` ${percent}%` : '…'}
    </span>
  );
}
