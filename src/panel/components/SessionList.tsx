import { memo } from 'preact/compat';
import { describeLink } from '../../core/edge/edge-session-link.js';
import type { SessionSummary } from '../../messaging/protocol.js';
import { formatDuration } from '../format.js';
import { importedFrom, sessionDetails, sessionLabel, stateText, stillImporting } from '../session-label.js';
import { useTranslator } from '../i18n/use-translator.js';
import type { PanelStore } from '../store.js';
import { FindingIcons } from './CallRow.js';

/** API names stay as they are in every language; the marks are their short forms. */
const API_NAME = { mediaCollection: 'Media Collection API', mediaEdge: 'Media Edge API' } as const;
const API_MARK = { mediaCollection: 'MC', mediaEdge: 'Edge' } as const;

const STATE_ICON = { active: '●', completed: '✓', ended: '■', expired: '○', rejected: '✕' } as const;

/** One entry per session; picking one narrows the list and the timeline to it. */
export function SessionList({ store }: { store: PanelStore }) {
  const t = useTranslator();
  const sessions = store.sessionList.value;
  const picked = store.filters.value.session;
  // A session's length is the span of its calls' ts: until every call has arrived (from the
  // background, or from the file it is imported from) it would be the span of those loaded so
  // far, a number that looks right and is not.
  const loading = store.loading.value !== undefined;
  const files = store.importedFiles.value;
  if (sessions.length === 0) {
    return (
      <nav class="sessions" aria-label={t.t('panel.sessions.label')}>
        <p class="empty">{t.t('panel.sessions.empty')}</p>
      </nav>
    );
  }
  return (
    <nav class="sessions" aria-label={t.t('panel.sessions.label')}>
      <ul role="listbox" aria-label={t.t('panel.sessions.label')}>
        <li role="option" aria-selected={picked === ''} class={`session all${picked === '' ? ' picked' : ''}`} onClick={() => store.setFilter('session', '')}>
          {t.t('panel.sessions.all-count', { count: sessions.length })}
        </li>
        {sessions.map((s) => (
          <SessionItem
            key={s.key}
            session={s}
            picked={picked === s.key}
            file={importedFrom(t, s.key, files)}
            duration={loading || stillImporting(s.key, files) ? undefined : store.sessionDuration(s.key)}
            onPick={store.setFilter}
          />
        ))}
      </ul>
    </nav>
  );
}

interface ItemProps {
  session: SessionSummary;
  picked: boolean;
  /** The file it was imported from; undefined for a live session. */
  file: string | undefined;
  /** Undefined while its calls are still arriving. */
  duration: number | undefined;
  onPick: PanelStore['setFilter'];
}

/** One session; unchanged sessions are not rendered again when others change (an import changes a few per batch). */
const SessionItem = memo(function SessionItem({ session: s, picked, file, duration, onPick }: ItemProps) {
  const t = useTranslator();
  const name = sessionLabel(t, s);
  return (
    <li
      role="option"
      aria-selected={picked}
      class={`session state-${s.state}${picked ? ' picked' : ''}${s.startSeen ? '' : ' no-start'}`}
      data-session-key={s.key}
      data-name={name}
      data-state={s.state}
      data-start-seen={String(s.startSeen)}
      data-errors={s.errors}
      data-warnings={s.warnings}
      data-api={s.api ?? 'media-collection'}
      data-link={s.link?.by}
      data-link-uncertain={s.link?.uncertain ? 'true' : undefined}
      data-link-disputed={s.link?.responseSid !== undefined ? 'true' : undefined}
      data-imported-from={file}
      onClick={() => onPick('session', s.key)}
    >
      <div class="session-name">{name}</div>
      {file !== undefined && (
        <div class="session-source" title={t.t('panel.sessions.imported-from', { file })}>
          <span class="imported-mark">{t.t('panel.sessions.imported')}</span> {file}
        </div>
      )}
      {sessionDetails(s) && <div class="session-details">{sessionDetails(s)}</div>}
      <div class="session-meta">
        <ApiMark session={s} />
        <span class={`state ${s.state}`}>
          <span aria-hidden="true">{STATE_ICON[s.state]}</span> {stateText(t, s.state)}
        </span>
        {duration === undefined ? (
          <span class="duration pending" title={t.t('panel.sessions.duration-pending')} aria-label={t.t('panel.sessions.duration-pending-label')}>
            …
          </span>
        ) : (
          <span class="duration">{formatDuration(t, duration)}</span>
        )}
        <FindingIcons errors={s.errors} warnings={s.warnings} info={0} />
      </div>
    </li>
  );
});

/** Which API a session's calls went to; for Media Edge, how its events were linked, on hover and, when in doubt, in words. */
function ApiMark({ session: s }: { session: SessionSummary }) {
  const t = useTranslator();
  if (s.api !== 'media-edge') return <span class="api media-collection" title={API_NAME.mediaCollection}>{API_MARK.mediaCollection}</span>;
  const how = s.link ? describeLink(s.link, t) : undefined;
  return (
    <>
      <span class="api media-edge" title={how ? t.t('panel.sessions.edge-link', { how }) : API_NAME.mediaEdge}>
        {API_MARK.mediaEdge}
      </span>
      {(s.link?.uncertain || s.link?.responseSid !== undefined) && (
        <span class="link-uncertain" title={how}>
          {t.t(s.link.responseSid !== undefined ? 'panel.sessions.link-disputed' : 'panel.sessions.link-uncertain')}
        </span>
      )}
    </>
  );
}
