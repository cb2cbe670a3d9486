import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { PING_INTERVAL_RANGES, type RuleSettings } from '../../core/settings/rule-settings.js';
import {
  acceptedParamsText,
  choiceText,
  describeChanges,
  exportSettings,
  importSettings,
  ruleRows,
  settingsLines,
  SETTINGS_FILE_NAME,
  withAcceptedParams,
  withPingInterval,
  withRule,
  type PingInterval,
  type RuleChoice,
} from '../settings/settings-model.js';
import type { SettingsStore } from '../settings/settings-store.js';
import type { SettingNote } from '../../settings/versioned-store.js';
import { message as msg, type Message } from '../../i18n/message.js';
import type { Translator } from '../../i18n/translator.js';
import type { LanguageStore } from '../i18n/language-store.js';
import { LanguageSection } from './LanguageSection.js';
import { useTranslator } from '../i18n/use-translator.js';

interface Props {
  settings: SettingsStore;
  /** The panel's language; without one, no language setting (a view rendered on its own). */
  language?: LanguageStore | undefined;
  /** Back to the calls; focus returns to the toolbar's Settings button. */
  onClose: () => void;
}

/**
 * The same settings as mc-inspect.config.json: each rule's severity, the player's ping intervals,
 * the parameter names the team sends on purpose. Every change is saved at once; the background
 * then judges every call again, and the list, the badge and the counts follow.
 */
export function SettingsView({ settings, language, onClose }: Props) {
  const t = useTranslator();
  const current = settings.settings.value;
  const save = (next: RuleSettings) => void settings.save(next);
  const root = useRef<HTMLElement>(null);
  useEffect(() => root.current?.querySelector<HTMLElement>('h2')?.focus(), []);
  const lines = settingsLines(t, current);
  return (
    <section
      ref={root}
      class="settings-view"
      aria-label={t.t('panel.settings.label')}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        // Handled: DevTools must not also open its console drawer.
        e.preventDefault();
        e.stopPropagation();
        onClose();
      }}
    >
      <div class="settings-head">
        <h2 tabIndex={-1}>{t.t('panel.settings.heading')}</h2>
        <span class="settings-applied" data-changes={lines.length}>
          {lines.length === 0 ? t.t('panel.settings.defaults-apply') : t.t('panel.settings.applied', { changes: describeChanges(t, current) })}
        </span>
        <button type="button" class="settings-close" onClick={onClose}>
          {t.t('panel.settings.back')}
        </button>
      </div>
      {settings.notes.value.map((n) => (
        <p key={n.key} class="settings-note" role="status">
          {noteText(t, n)}
        </p>
      ))}
      {settings.saveError.value && (
        <p class="settings-note" role="alert">
          {t.text(settings.saveError.value)}
        </p>
      )}
      {lines.length > 0 && (
        <ul class="settings-lines" aria-label={t.t('panel.settings.lines')}>
          {lines.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      )}
      {language && <LanguageSection language={language} />}
      <FileSection current={current} save={save} />
      <PingSection current={current} save={save} />
      <AcceptedSection current={current} save={save} />
      <RulesSection current={current} save={save} />
    </section>
  );
}

/** Why stored settings could not be used, in the user's language. */
function noteText(t: Translator, note: SettingNote): string {
  // ICU's select keys are words: newer-version is asked for as newerVersion.
  return t.t('panel.settings.note', { what: note.key, reason: note.reason.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()) });
}

interface SectionProps {
  current: RuleSettings;
  save: (next: RuleSettings) => void;
}

function RulesSection({ current, save }: SectionProps) {
  const t = useTranslator();
  return (
    <section class="settings-rules">
      <h3>{t.t('panel.settings.rules')}</h3>
      <p class="hint">{t.t('panel.settings.rules-hint')}</p>
      <table>
        <thead>
          <tr>
            <th>{t.t('panel.settings.rule')}</th>
            <th>{t.t('panel.settings.severity')}</th>
          </tr>
        </thead>
        <tbody>
          {ruleRows(current).map((row) => (
            <tr key={row.id} data-rule={row.id} class={row.choice === 'default' ? '' : 'changed'}>
              <td>
                <span class="rule-title">{t.t(row.title)}</span> <code>{row.id}</code>
              </td>
              <td>
                <select aria-label={t.t('panel.settings.severity-of', { rule: row.id })} value={row.choice} onChange={(e) => save(withRule(current, row.id, e.currentTarget.value as RuleChoice))}>
                  <option value="default">{t.t('panel.settings.default-severity', { severity: choiceText(t, row.severity) })}</option>
                  {CHOICES.map((choice) => (
                    <option key={choice} value={choice}>
                      {choiceText(t, choice)}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

const CHOICES = ['off', 'info', 'warning', 'error'] as const;

function PingSection({ current, save }: SectionProps) {
  const t = useTranslator();
  const [error, setError] = useState<Message | undefined>(undefined);
  const field = (which: PingInterval, label: string) => {
    const { min, max } = PING_INTERVAL_RANGES[which];
    return (
      <label class="ping-field">
        {label}{' '}
        <input
          type="number"
          name={`ping-${which}`}
          min={min}
          max={max}
          step="any"
          placeholder="10"
          value={current.pingIntervals?.[which] ?? ''}
          onChange={(e) => {
            const result = withPingInterval(current, which, e.currentTarget.value);
            if ('error' in result) setError(result.error);
            else {
              setError(undefined);
              save(result.settings);
            }
          }}
        />{' '}
        {t.t('panel.settings.ping-range', { min, max })}
      </label>
    );
  };
  return (
    <section class="settings-pings">
      <h3>{t.t('panel.settings.pings')}</h3>
      <p class="hint">{t.t('panel.settings.pings-hint')}</p>
      {field('main', t.t('panel.settings.ping-main'))}
      {field('ad', t.t('panel.settings.ping-ad'))}
      {error && (
        <p class="field-error" role="alert">
          {t.text(error)}
        </p>
      )}
    </section>
  );
}

function AcceptedSection({ current, save }: SectionProps) {
  const t = useTranslator();
  return (
    <section class="settings-accepted">
      <h3>{t.t('panel.settings.accepted')}</h3>
      <label class="hint" for="accepted-params">
        {t.t('panel.settings.accepted-hint')}
      </label>
      <textarea
        id="accepted-params"
        rows={3}
        spellcheck={false}
        value={acceptedParamsText(current)}
        onChange={(e) => save(withAcceptedParams(current, e.currentTarget.value))}
      />
    </section>
  );
}

function FileSection({ current, save }: SectionProps) {
  const t = useTranslator();
  const [message, setMessage] = useState<{ error: boolean; text: Message } | undefined>(undefined);
  const text = exportSettings(current);
  // A link to the file's text: a download with no `downloads` permission. Revoked when the settings change.
  const href = useMemo(() => URL.createObjectURL(new Blob([text], { type: 'application/json' })), [text]);
  useEffect(() => () => URL.revokeObjectURL(href), [href]);
  return (
    <section class="settings-file">
      <h3>{SETTINGS_FILE_NAME}</h3>
      <p class="hint">{t.t('panel.settings.file-hint')}</p>
      <div class="file-actions">
        <a class="export" href={href} download={SETTINGS_FILE_NAME}>
          {t.t('panel.settings.export')}
        </a>
        <label class="import">
          {t.t('panel.settings.import')}{' '}
          <input
            type="file"
            accept=".json,application/json"
            aria-label={t.t('panel.settings.import-label', { file: SETTINGS_FILE_NAME })}
            onChange={async (e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              if (!file) return;
              const result = importSettings(file.name, await file.text());
              input.value = '';
              if ('error' in result) setMessage({ error: true, text: result.error });
              else {
                save(result.settings);
                setMessage({ error: false, text: msg('panel.settings.imported', { file: file.name }) });
              }
            }}
          />
        </label>
        <button type="button" class="reset" disabled={text === '{}\n'} onClick={() => save({})}>
          {t.t('panel.settings.reset')}
        </button>
      </div>
      {message && (
        <p class={message.error ? 'field-error' : 'field-ok'} role={message.error ? 'alert' : 'status'}>
          {t.text(message.text)}
        </p>
      )}
    </section>
  );
}
