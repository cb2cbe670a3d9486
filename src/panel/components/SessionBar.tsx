import { sessionLabel } from '../session-label.js';
import type { PanelStore } from '../store.js';
import { FindingIcons } from './CallRow.js';
import { listOf } from '../call-summary.js';
import { SessionFilter } from './SessionFilter.js';
import { useTranslator } from '../i18n/use-translator.js';
import { stateText } from '../session-label.js';

/**
 * The session list of a narrow panel: one line above the calls, a selector and the picked
 * session's state and error and warning counts (all sessions' together when none is picked).
 */
export function SessionBar({ store }: { store: PanelStore }) {
  const t = useTranslator();
  const sessions = store.sessionList.value;
  const key = store.filters.value.session;
  const picked = sessions.find((s) => s.key === key);
  const errors = picked ? picked.errors : sessions.reduce((n, s) => n + s.errors, 0);
  const warnings = picked ? picked.warnings : sessions.reduce((n, s) => n + s.warnings, 0);
  return (
    <nav class="session-bar" aria-label={t.t('panel.sessions.label')} data-session-key={picked?.key ?? ''}>
      <SessionFilter store={store} />
      {picked && (
        <span class={`state ${picked.state}`} title={sessionLabel(t, picked)}>
          {stateText(t, picked.state)}
        </span>
      )}
      <span class="session-counts" data-errors={errors} data-warnings={warnings} aria-label={listOf(t, [t.t('panel.count.errors', { count: errors }), t.t('panel.count.warnings', { count: warnings })])}>
        {errors + warnings === 0 ? <span class="none">{t.t('panel.count.no-errors')}</span> : <FindingIcons errors={errors} warnings={warnings} info={0} />}
      </span>
    </nav>
  );
}
