import { importedFrom, sessionLabel } from '../session-label.js';
import type { PanelStore } from '../store.js';
import { useTranslator } from '../i18n/use-translator.js';

/** Picks the session the list and the timeline show: in the toolbar of a wide panel, in the session bar of a narrow one. */
export function SessionFilter({ store }: { store: PanelStore }) {
  const t = useTranslator();
  const sessions = store.sessionList.value;
  const files = store.importedFiles.value;
  return (
    <select aria-label={t.t('panel.sessions.picker')} class="session-filter" value={store.filters.value.session} onChange={(e) => store.setFilter('session', e.currentTarget.value)}>
      <option value="">{t.t('panel.sessions.all')}</option>
      {sessions.map((s) => {
        const file = importedFrom(t, s.key, files);
        return (
          <option key={s.key} value={s.key}>
            {file === undefined ? sessionLabel(t, s) : t.t('panel.sessions.imported-option', { session: sessionLabel(t, s), file })}
          </option>
        );
      })}
    </select>
  );
}
