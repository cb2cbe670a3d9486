import { sessionLabel } from '../session-label.js';
import type { PanelStore } from '../store.js';
import { FindingIcons } from './CallRow.js';
import { SessionFilter } from './SessionFilter.js';

/**
 * The session list of a narrow panel: one line above the calls, a selector and the picked
 * session's state and error and warning counts (all sessions' together when none is picked).
 */
export function SessionBar({ store }: { store: PanelStore }) {
  const sessions = store.sessionList.value;
  const key = store.filters.value.session;
  const picked = sessions.find((s) => s.key === key);
  const errors = picked ? picked.errors : sessions.reduce((n, s) => n + s.errors, 0);
  const warnings = picked ? picked.warnings : sessions.reduce((n, s) => n + s.warnings, 0);
  return (
    <nav class="session-bar" aria-label="Sessions" data-session-key={picked?.key ?? ''}>
      <SessionFilter store={store} />
      {picked && (
        <span class={`state ${picked.state}`} title={sessionLabel(picked)}>
          {picked.state}
        </span>
      )}
      <span class="session-counts" data-errors={errors} data-warnings={warnings} aria-label={`${errors} errors, ${warnings} warnings`}>
        {errors + warnings === 0 ? <span class="none">no errors</span> : <FindingIcons errors={errors} warnings={warnings} info={0} />}
      </span>
    </nav>
  );
}
