import type { ContradictionId } from '../../core/contradictions.js';
import type { ApiName } from '../../core/classify.js';
import type { Finding } from '../../core/finding.js';
import { citedLabel, citedPages } from '../../core/rules/cited-pages.js';
import type { RuleSettings } from '../../core/settings/rule-settings.js';
import { contradictionLink } from '../contradiction-link.js';
import { useTranslator } from '../i18n/use-translator.js';
import { ruleTitle } from '../rule-title.js';
import { overrideOf } from '../settings/settings-model.js';

const SEVERITY_ICON = { error: '✕', warning: '⚠', info: 'ℹ' } as const;

/**
 * A call's findings, each with what to do, the pages it enforces and where Adobe's pages
 * disagree. `api`: the API the call speaks, whose pages are cited where the rule has them.
 */
export function FindingList({ findings, settings, api }: { findings: readonly Finding[]; settings: RuleSettings; api: ApiName }) {
  const t = useTranslator();
  if (findings.length === 0) {
    return (
      <section class="findings-section">
        <h3>{t.t('panel.findings.heading')}</h3>
        <p>{t.t('panel.findings.none')}</p>
      </section>
    );
  }
  return (
    <section class="findings-section">
      <h3>{t.t('panel.findings.heading-count', { count: findings.length })}</h3>
      <ul>
        {findings.map((f, i) => {
          const pages = citedPages(f.rule, api);
          return (
            <li key={i} class={`finding ${f.severity}`} data-rule={f.rule}>
              <div>
                <span class="sev-label">
                  <span aria-hidden="true">{SEVERITY_ICON[f.severity]}</span> {t.t(`severity.${f.severity}`)}
                </span>{' '}
                <strong>{ruleTitle(t, f.rule)}</strong> <code>{f.rule}</code>
                {overrideOf(settings, f.rule) !== undefined && (
                  <span class="set-by-settings"> · {t.t('panel.findings.set-by-settings', { severity: t.t(`severity.${f.severity}`) })}</span>
                )}
              </div>
              <div class="message">{t.text(f.message)}</div>
              {f.action && <div class="action">{t.t('panel.findings.action', { action: t.text(f.action) })}</div>}
              {f.contradiction && <ContradictionNote id={f.contradiction} />}
              {pages.length > 0 && (
                <div class="docs">
                  {pages.map((cited) => (
                    <a key={cited.key} href={cited.url} target="_blank" rel="noopener noreferrer">
                      {citedLabel(t, cited, t.t(cited.page.title))}
                    </a>
                  ))}
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Where Adobe's pages disagree on what the finding is about: its section of the page shipped with the extension. */
function ContradictionNote({ id }: { id: ContradictionId }) {
  // The panel page sits at the extension's root, so a relative path is the shipped page's URL,
  // and the component needs no extension API (it renders in tests without one).
  const t = useTranslator();
  const link = contradictionLink(id, (path) => path, t);
  return (
    <div class="contradiction">
      {t.t('panel.findings.contradiction')}{' '}
      <a href={link.href} target="_blank" rel="noopener noreferrer">
        {link.text}
      </a>
    </div>
  );
}
