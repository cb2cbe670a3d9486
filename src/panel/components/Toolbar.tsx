import { useEffect, useRef } from 'preact/hooks';
import type { SeverityFilter } from '../filters.js';
import type { SettingsStore } from '../settings/settings-store.js';
import { changeCount, describeChanges } from '../settings/settings-model.js';
import type { PanelStore } from '../store.js';
import { formatClock } from '../format.js';
import { FileActions, type FileActionsProps } from './FileActions.js';
import { LoadingStatus } from './LoadingStatus.js';
import { OverflowMenu } from './OverflowMenu.js';
import { SessionFilter } from './SessionFilter.js';
import { eventTypeText } from '../call-summary.js';
import { useTranslator } from '../i18n/use-translator.js';

const CONNECTION_LABEL = {
  connecting: 'panel.toolbar.connecting',
  live: 'panel.toolbar.live',
  reconnecting: 'panel.toolbar.reconnecting',
  closed: 'panel.toolbar.closed',
  'tab-closed': 'panel.toolbar.tab-closed',
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
  const t = useTranslator();
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
      <label class="preserve" title={t.t('panel.toolbar.preserve-title')}>
        <input type="checkbox" checked={store.preserveLog.value} onChange={(e) => (store.preserveLog.value = e.currentTarget.checked)} /> {t.t('panel.toolbar.preserve')}
      </label>
      <select aria-label={t.t('panel.toolbar.severity')} class="severity-filter" value={filters.severity} onChange={(e) => store.setFilter('severity', e.currentTarget.value as SeverityFilter)}>
        <option value="all">{t.t('panel.toolbar.severity-all')}</option>
        <option value="warnings">{t.t('panel.toolbar.severity-warnings')}</option>
        <option value="errors">{t.t('panel.toolbar.severity-errors')}</option>
      </select>
      <select aria-label={t.t('panel.toolbar.event-type')} class="event-filter" value={filters.eventType} onChange={(e) => store.setFilter('eventType', e.currentTarget.value)}>
        <option value="">{t.t('panel.toolbar.event-type-all')}</option>
        {store.eventTypes.value.map((type) => (
          <option key={type} value={type}>
            {eventTypeText(t, type)}
          </option>
        ))}
      </select>
      {sessionPicker && <SessionFilter store={store} />}
    </>
  );

  return (
    <div class="toolbar" role="toolbar" aria-label={t.t('panel.toolbar.label')}>
      <button type="button" class="clear" onClick={onClear} title={t.t('panel.toolbar.clear-title')}>
        <span aria-hidden="true">⊘</span> {t.t('panel.toolbar.clear')}
      </button>
      <input
        ref={filterInput}
        class="text-filter"
        type="search"
        placeholder={`${t.t('panel.toolbar.filter-placeholder')}   /`}
        aria-label={t.t('panel.toolbar.filter-label')}
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
        {shown === calls ? t.t('panel.toolbar.calls', { count: calls }) : t.t('panel.toolbar.calls-shown', { shown, count: calls })}
      </span>
      <LoadingStatus store={store} />
      {dropped > 0 && (
        <span class="dropped" data-dropped={dropped} title={t.t('panel.toolbar.dropped-title')}>
          {t.t('panel.toolbar.dropped', { count: dropped })}
        </span>
      )}
      {reloadedAt !== undefined && (
        <span class="reloaded" data-reloaded-at={reloadedAt} title={t.t('panel.toolbar.reloaded-title')}>
          {t.t('panel.toolbar.reloaded', { time: formatClock(t, reloadedAt) })}
        </span>
      )}
      <span class={`connection ${store.connection.value}`} data-connection={store.connection.value} data-connections={store.connections.value}>
        {t.t(CONNECTION_LABEL[store.connection.value])}
      </span>
    </div>
  );
}

/** Opens and closes the settings view; shows, in the toolbar, that settings other than the defaults apply. */
function SettingsButton({ settings }: { settings: SettingsStore }) {
  const t = useTranslator();
  const changes = changeCount(settings.settings.value);
  const open = settings.open.value;
  const said = describeChanges(t, settings.settings.value);
  return (
    <button
      type="button"
      class={`settings-toggle${changes > 0 ? ' changed' : ''}`}
      aria-pressed={open}
      aria-label={t.t('panel.toolbar.settings-label', { changes: said })}
      title={changes === 0 ? t.t('panel.toolbar.settings-title-defaults') : t.t('panel.toolbar.settings-title-changed', { changes: said })}
      data-changes={changes}
      onClick={() => (settings.open.value = !open)}
    >
      <span aria-hidden="true">⚙</span>
      <span class="settings-label" aria-hidden="true">
        {' '}
        {t.t('panel.toolbar.settings')}
      </span>
      {changes > 0 && (
        <span class="settings-count" aria-hidden="true">
          {t.number(changes)}
        </span>
      )}
    </button>
  );
}
