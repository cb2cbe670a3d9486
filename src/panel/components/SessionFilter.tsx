import { memo } from 'preact/compat';
import type { SessionSummary } from '../../messaging/protocol.js';
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
      {sessions.map((s) => (
        <SessionOption key={s.key} session={s} file={importedFrom(t, s.key, files)} />
      ))}
    </select>
  );
}

/**
 * One session of the picker. A large file brings hundreds of sessions and changes a few of them
 * per batch: the others keep their option as it is, their label not worded again.
 */
const SessionOption = memo(function SessionOption({ session, file }: { session: SessionSummary; file: string | undefined }) {
  const t = useTranslator();
  return <option value={session.key}>{file === undefined ? sessionLabel(t, session) : t.t('panel.sessions.imported-option', { session: sessionLabel(t, session), file })}</option>;
});
