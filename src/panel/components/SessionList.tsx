import { memo } from 'preact/compat';
import { describeLink } from '../../core/edge/edge-session-link.js';
import type { SessionSummary } from '../../messaging/protocol.js';
import { formatDuration } from '../format.js';
import { importedFrom, sessionDetails, sessionLabel, stillImporting } from '../session-label.js';
import type { PanelStore } from '../store.js';
import { FindingIcons } from './CallRow.js';

const STATE_ICON = { active: '●', completed: '✓', ended: '■', expired: '○', rejected: '✕' } as const;

/** One entry per session; picking one narrows the list and the timeline to it. */
export function SessionList({ store }: { store: PanelStore }) {
  const sessions = store.sessionList.value;
  const picked = store.filters.value.session;
  // A session's length is the span of its calls' ts: until every call has arrived (from the
  // background, or from the file it is imported from) it would be the span of those loaded so
  // far, a number that looks right and is not.
  const loading = store.loading.value !== undefined;
  const files = store.importedFiles.value;
  if (sessions.length === 0) {
    return (
      <nav class="sessions" aria-label="Sessions">
        <p class="empty">No sessions yet. A session begins with a sessionStart sent to /api/v1/sessions. On the Media Edge API, with a sessionStart sent to /va/v1/sessionStart or by the Web SDK's createMediaSession.</p>
      </nav>
    );
  }
  return (
    <nav class="sessions" aria-label="Sessions">
      <ul role="listbox" aria-label="Sessions">
        <li role="option" aria-selected={picked === ''} class={`session all${picked === '' ? ' picked' : ''}`} onClick={() => store.setFilter('session', '')}>
          All sessions ({sessions.length})
        </li>
        {sessions.map((s) => (
          <SessionItem
            key={s.key}
            session={s}
            picked={picked === s.key}
            file={importedFrom(s.key, files)}
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
  return (
    <li
      role="option"
      aria-selected={picked}
      class={`session state-${s.state}${picked ? ' picked' : ''}${s.startSeen ? '' : ' no-start'}`}
      data-session-key={s.key}
      data-name={sessionLabel(s)}
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
      <div class="session-name">{sessionLabel(s)}</div>
      {file !== undefined && (
        <div class="session-source" title={`Imported from ${file}`}>
          <span class="imported-mark">imported</span> {file}
        </div>
      )}
      {sessionDetails(s) && <div class="session-details">{sessionDetails(s)}</div>}
      <div class="session-meta">
        <ApiMark session={s} />
        <span class={`state ${s.state}`}>
          <span aria-hidden="true">{STATE_ICON[s.state]}</span> {s.state}
        </span>
        {duration === undefined ? (
          <span class="duration pending" title="Measured once every call has arrived" aria-label="Duration: measured once every call has arrived">
            …
          </span>
        ) : (
          <span class="duration">{formatDuration(duration)}</span>
        )}
        <FindingIcons errors={s.errors} warnings={s.warnings} info={0} />
      </div>
    </li>
  );
});

/** Which API a session's calls went to; for Media Edge, how its events were linked, on hover and, when in doubt, in words. */
function ApiMark({ session: s }: { session: SessionSummary }) {
  if (s.api !== 'media-edge') return <span class="api media-collection" title="Media Collection API">MC</span>;
  const how = s.link ? describeLink(s.link) : undefined;
  return (
    <>
      <span class="api media-edge" title={how ? `Media Edge API: ${how}` : 'Media Edge API'}>
        Edge
      </span>
      {(s.link?.uncertain || s.link?.responseSid !== undefined) && (
        <span class="link-uncertain" title={how}>
          {s.link.responseSid !== undefined ? 'link disputed' : 'link uncertain'}
        </span>
      )}
    </>
  );
}
