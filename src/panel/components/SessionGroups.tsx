import { ruleTitle } from '../rule-title.js';
import { eventTypeText, summarizeCall } from '../call-summary.js';
import { useTranslator } from '../i18n/use-translator.js';
import { formatClock } from '../format.js';
import { repeatedFindings } from '../session-groups.js';
import type { PanelStore } from '../store.js';

const SEVERITY_ICON = { error: '✕', warning: '⚠', info: 'ℹ' } as const;

/**
 * What the selected call's session repeats, once each with a count ("Event ts not increasing ×8"),
 * each opening to its calls: one click shows any of them. The group the selected call is in
 * starts open.
 */
export function SessionGroups({ store, callId }: { store: PanelStore; callId: string }) {
  const t = useTranslator();
  const key = store.callSessions.value.get(callId);
  if (key === undefined) return null;
  const calls = store.callsOfSession(key);
  const groups = repeatedFindings(calls, store.findings.value);
  if (groups.length === 0) return null;
  const byId = new Map(calls.map((e) => [e.call.id, e]));
  return (
    <section class="session-groups">
      <h3>{t.t('panel.groups.heading')}</h3>
      <ul>
        {groups.map((g) => (
          <li key={`${g.rule} ${g.callIds[0]}`} class={`finding-group ${g.severity}`} data-rule={g.rule} data-count={g.callIds.length}>
            <details open={g.callIds.includes(callId)}>
              <summary>
                <span aria-hidden="true">{SEVERITY_ICON[g.severity]}</span> {ruleTitle(t, g.rule)} ×{t.number(g.callIds.length)}
              </summary>
              <ul class="group-calls">
                {g.callIds.map((id) => {
                  const entry = byId.get(id);
                  return (
                    <li key={id}>
                      <button type="button" aria-current={id === callId ? 'true' : undefined} onClick={() => store.select(id, true)}>
                        {entry ? t.t('panel.groups.call-at', { eventType: eventTypeText(t, summarizeCall(entry).eventType), time: formatClock(t, entry.call.startedAt) }) : id}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
