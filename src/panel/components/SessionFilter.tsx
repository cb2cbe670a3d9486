import { importedFrom, sessionLabel } from '../session-label.js';
import type { PanelStore } from '../store.js';

/** Picks the session the list and the timeline show: in the toolbar of a wide panel, in the session bar of a narrow one. */
export function SessionFilter({ store }: { store: PanelStore }) {
  const sessions = store.sessionList.value;
  const files = store.importedFiles.value;
  return (
    <select aria-label="Session" class="session-filter" value={store.filters.value.session} onChange={(e) => store.setFilter('session', e.currentTarget.value)}>
      <option value="">All sessions</option>
      {sessions.map((s) => (
        <option key={s.key} value={s.key}>
          {sessionLabel(s)}
          {importedFrom(s.key, files) !== undefined && ` (imported: ${importedFrom(s.key, files)})`}
        </option>
      ))}
    </select>
  );
}
