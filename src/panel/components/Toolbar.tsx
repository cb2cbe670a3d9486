import { useEffect, useRef } from 'preact/hooks';
import type { SeverityFilter } from '../filters.js';
import type { SettingsStore } from '../settings/settings-store.js';
import { changeCount, describeChanges } from '../settings/settings-model.js';
import type { PanelStore } from '../store.js';
import { FileActions, type FileActionsProps } from './FileActions.js';
import { LoadingStatus } from './LoadingStatus.js';
import { OverflowMenu } from './OverflowMenu.js';
import { SessionFilter } from './SessionFilter.js';

const CONNECTION_LABEL = {
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
  closed: 'Disconnected: reopen DevTools',
  'tab-closed': 'The tab was closed',
} as const;

interface Props {
  store: PanelStore;
  onClear: () => void;
  /** Narrow panel: the secondary controls go into the "More" menu. */
  menu?: boolean;
  /** The session picker is here, unless a narrow panel shows it above the list. */
  sessionPicker?: boolean;
  /** The rule settings: a button at every width opens their view, and says how many are changed. */
  settings?: SettingsStore | undefined;
  /** Open HAR, Save HAR and the reports; a narrow panel (no session picker here) has them in one menu. */
  fileActions?: Omit<FileActionsProps, 'store' | 'compact'>;
}

/**
 * The panel's controls on one line at any width: the filter and what says how the capture goes
 * stay in view; the rest (and controls added later) sit inline when there is room, else in "More".
 */
export function Toolbar({ store, onClear, menu = false, sessionPicker = true, settings, fileActions }: Props) {
  const filterInput = useRef<HTMLInputElement>(null);
  const calls = store.callCount.value;
  const shown = store.shownCount.value;
  const dropped = store.dropped.value;
  const reloadedAt = store.reloadedAt.value;
  const filters = store.filters.value;

  // `/` focuses the filter, as in DevTools, unless the user is typing somewhere.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.key !== '/' || target?.closest('input, select, textarea')) return;
      e.preventDefault();
      filterInput.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const secondary = (
    <>
      <label class="preserve" title="Keep the calls shown when the tab's list is cleared or the panel reconnects">
        <input type="checkbox" checked={store.preserveLog.value} onChange={(e) => (store.preserveLog.value = e.currentTarget.checked)} /> Preserve log
      </label>
      <select aria-label="Severity" class="severity-filter" value={filters.severity} onChange={(e) => store.setFilter('severity', e.currentTarget.value as SeverityFilter)}>
        <option value="all">All calls</option>
        <option value="warnings">Warnings and errors</option>
        <option value="errors">Errors</option>
      </select>
      <select aria-label="Event type" class="event-filter" value={filters.eventType} onChange={(e) => store.setFilter('eventType', e.currentTarget.value)}>
        <option value="">All event types</option>
        {store.eventTypes.value.map((t) => (
          <option key={t} value={t}>
            {t}
          </option>
        ))}
      </select>
      {sessionPicker && <SessionFilter store={store} />}
    </>
  );

  return (
    <div class="toolbar" role="toolbar" aria-label="Panel controls">
      <button type="button" class="clear" onClick={onClear} title="Clear the tab's calls">
        <span aria-hidden="true">⊘</span> Clear
      </button>
      <input
        ref={filterInput}
        class="text-filter"
        type="search"
        placeholder="Filter (event type, sid, any value)   /"
        aria-label="Filter calls by event type, sid or any value in the body"
        value={filters.text}
        onInput={(e) => store.setFilter('text', e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            // Handled: not also a close of the details, nor DevTools' console drawer.
            e.preventDefault();
            e.stopPropagation();
            store.setFilter('text', '');
            e.currentTarget.blur();
          }
        }}
      />
      {menu ? <OverflowMenu>{secondary}</OverflowMenu> : secondary}
      {fileActions && <FileActions store={store} {...fileActions} compact={!sessionPicker} />}
      {settings && <SettingsButton settings={settings} />}
      <span class="count" data-calls={calls} data-shown={shown}>
        {shown === calls ? `${calls} ${calls === 1 ? 'call' : 'calls'}` : `${shown} of ${calls} calls`}
      </span>
      <LoadingStatus store={store} />
      {dropped > 0 && (
        <span class="dropped" data-dropped={dropped} title="The extension's session storage was full: the oldest calls were dropped.">
          {dropped} oldest dropped (storage full)
        </span>
      )}
      {reloadedAt !== undefined && (
        <span class="reloaded" data-reloaded-at={reloadedAt} title="Reloading or updating the extension empties its session storage.">
          Extension reloaded at {new Date(reloadedAt).toLocaleTimeString()}: earlier calls are gone
        </span>
      )}
      <span class={`connection ${store.connection.value}`} data-connection={store.connection.value} data-connections={store.connections.value}>
        {CONNECTION_LABEL[store.connection.value]}
      </span>
    </div>
  );
}

/** Opens and closes the settings view; shows, in the toolbar, that settings other than the defaults apply. */
function SettingsButton({ settings }: { settings: SettingsStore }) {
  const changes = changeCount(settings.settings.value);
  const open = settings.open.value;
  const said = describeChanges(settings.settings.value);
  return (
    <button
      type="button"
      class={`settings-toggle${changes > 0 ? ' changed' : ''}`}
      aria-pressed={open}
      aria-label={`Settings: ${said}`}
      title={`Rule settings: ${said === 'defaults' ? 'the defaults apply' : said + ' from the defaults'}`}
      data-changes={changes}
      onClick={() => (settings.open.value = !open)}
    >
      <span aria-hidden="true">⚙</span>
      <span class="settings-label" aria-hidden="true">
        {' '}
        Settings
      </span>
      {changes > 0 && (
        <span class="settings-count" aria-hidden="true">
          {changes}
        </span>
      )}
    </button>
  );
}
