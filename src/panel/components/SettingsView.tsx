import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { PING_INTERVAL_RANGES, type RuleSettings } from '../../core/settings/rule-settings.js';
import {
  acceptedParamsText,
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
import { titleText } from '../../i18n/transitional.js';
import { english } from '../../i18n/translator.js';

interface Props {
  settings: SettingsStore;
  /** Back to the calls; focus returns to the toolbar's Settings button. */
  onClose: () => void;
}

/**
 * The same settings as mc-inspect.config.json: each rule's severity, the player's ping intervals,
 * the parameter names the team sends on purpose. Every change is saved at once; the background
 * then judges every call again, and the list, the badge and the counts follow.
 */
export function SettingsView({ settings, onClose }: Props) {
  const current = settings.settings.value;
  const save = (next: RuleSettings) => void settings.save(next);
  const root = useRef<HTMLElement>(null);
  useEffect(() => root.current?.querySelector<HTMLElement>('h2')?.focus(), []);
  const lines = settingsLines(current);
  return (
    <section
      ref={root}
      class="settings-view"
      aria-label="Settings"
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        // Handled: DevTools must not also open its console drawer.
        e.preventDefault();
        e.stopPropagation();
        onClose();
      }}
    >
      <div class="settings-head">
        <h2 tabIndex={-1}>Settings</h2>
        <span class="settings-applied" data-changes={lines.length}>
          {lines.length === 0 ? 'The defaults apply.' : `Applied: ${describeChanges(current)}.`}
        </span>
        <button type="button" class="settings-close" onClick={onClose}>
          Back to calls
        </button>
      </div>
      {settings.notes.value.map((n) => (
        <p key={n.key} class="settings-note" role="status">
          {n.message}
        </p>
      ))}
      {settings.saveError.value && (
        <p class="settings-note" role="alert">
          {settings.saveError.value}
        </p>
      )}
      {lines.length > 0 && (
        <ul class="settings-lines" aria-label="Settings that apply">
          {lines.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      )}
      <FileSection current={current} save={save} />
      <PingSection current={current} save={save} />
      <AcceptedSection current={current} save={save} />
      <RulesSection current={current} save={save} />
    </section>
  );
}

interface SectionProps {
  current: RuleSettings;
  save: (next: RuleSettings) => void;
}

function RulesSection({ current, save }: SectionProps) {
  return (
    <section class="settings-rules">
      <h3>Rules</h3>
      <p class="hint">Off: the rule does not run. A severity: every finding of the rule takes it, Adobe SDK sessions included (your choice wins).</p>
      <table>
        <thead>
          <tr>
            <th>Rule</th>
            <th>Severity</th>
          </tr>
        </thead>
        <tbody>
          {ruleRows(current).map((row) => (
            <tr key={row.id} data-rule={row.id} class={row.choice === 'default' ? '' : 'changed'}>
              <td>
                <span class="rule-title">{titleText(english, row.title)}</span> <code>{row.id}</code>
              </td>
              <td>
                <select aria-label={`Severity of ${row.id}`} value={row.choice} onChange={(e) => save(withRule(current, row.id, e.currentTarget.value as RuleChoice))}>
                  <option value="default">default ({row.severity})</option>
                  <option value="off">off</option>
                  <option value="info">info</option>
                  <option value="warning">warning</option>
                  <option value="error">error</option>
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function PingSection({ current, save }: SectionProps) {
  const [error, setError] = useState<string | undefined>(undefined);
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
        s ({min}–{max})
      </label>
    );
  };
  return (
    <section class="settings-pings">
      <h3>Ping intervals</h3>
      <p class="hint">The seconds between the player's pings; empty is 10. ping-cadence reports a gap longer than the interval plus 2 s.</p>
      {field('main', 'During content')}
      {field('ad', 'During ad breaks')}
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

function AcceptedSection({ current, save }: SectionProps) {
  return (
    <section class="settings-accepted">
      <h3>Accepted parameters</h3>
      <label class="hint" for="accepted-params">
        params and qoeData names your team sends on purpose, one a line: unknown-param leaves them be. Kept on this machine only (storage.local), as a long list would not fit browser sync.
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
  const [message, setMessage] = useState<{ error: boolean; text: string } | undefined>(undefined);
  const text = exportSettings(current);
  // A link to the file's text: a download with no `downloads` permission. Revoked when the settings change.
  const href = useMemo(() => URL.createObjectURL(new Blob([text], { type: 'application/json' })), [text]);
  useEffect(() => () => URL.revokeObjectURL(href), [href]);
  return (
    <section class="settings-file">
      <h3>{SETTINGS_FILE_NAME}</h3>
      <p class="hint">The command line reads the same file: put it in the folder you run mc-inspect from, or pass --config.</p>
      <div class="file-actions">
        <a class="export" href={href} download={SETTINGS_FILE_NAME}>
          Export
        </a>
        <label class="import">
          Import…{' '}
          <input
            type="file"
            accept=".json,application/json"
            aria-label={`Import settings from a ${SETTINGS_FILE_NAME}`}
            onChange={async (e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              if (!file) return;
              const result = importSettings(file.name, await file.text());
              input.value = '';
              if ('error' in result) setMessage({ error: true, text: result.error });
              else {
                save(result.settings);
                setMessage({ error: false, text: `Imported ${file.name}.` });
              }
            }}
          />
        </label>
        <button type="button" class="reset" disabled={text === '{}\n'} onClick={() => save({})}>
          Reset to defaults
        </button>
      </div>
      {message && (
        <p class={message.error ? 'field-error' : 'field-ok'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
