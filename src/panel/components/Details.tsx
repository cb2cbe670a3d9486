import { useEffect, useRef } from 'preact/hooks';
import { headerValue, type Header } from '../../core/call.js';
import { apiNameOf, classifyCall, type ApiName } from '../../core/classify.js';
import type { Finding } from '../../core/finding.js';
import { isObject, parseBody } from '../../core/media-event.js';
import { statusMeaning } from '../../core/rules/call/http-status.js';
import { paramMeaning } from '../../core/schema/params.js';
import type { CallEntry } from '../../messaging/entry.js';
import { curlCommand } from '../curl.js';
import { formatClock } from '../format.js';
import { jsonLines } from '../json-lines.js';
import type { RuleSettings } from '../../core/settings/rule-settings.js';
import type { ServerAnswers } from '../server-answers.js';
import type { PanelStore } from '../store.js';
import { countFindings, eventTypeText, summarizeCall, timeIsAnswers } from '../call-summary.js';
import { FindingIcons, StatusBadge } from './CallRow.js';
import { CopyButton } from './CopyButton.js';
import { FindingList } from './FindingList.js';
import { SessionGroups } from './SessionGroups.js';
import type { Translator } from '../../i18n/translator.js';
import { useTranslator } from '../i18n/use-translator.js';

interface Props {
  store: PanelStore;
  /** Beside the list: its width, px. */
  width?: number;
  /** Over the list (a narrow panel): it takes the list's place until closed, and takes the focus. */
  over?: boolean;
  /** The user's rule settings, to say which findings they re-rated. */
  settings?: RuleSettings | undefined;
  /** The response bodies this panel read in DevTools. */
  answers?: ServerAnswers | undefined;
}

/**
 * The selected call in full, its event type, status and findings first in a bar that stays on
 * screen. Captured text is rendered as text nodes only.
 */
export function Details({ store, width, over = false, settings = {}, answers }: Props) {
  const t = useTranslator();
  const entry = store.selectedCall.value;
  const shown = entry !== undefined && store.detailsOpen.value;
  const aside = useRef<HTMLElement>(null);
  useEffect(() => {
    // Over the list, the details are where the user now is: Escape and Tab start from there.
    if (shown && over && !aside.current?.contains(document.activeElement)) aside.current?.focus();
  }, [shown, over]);
  if (!shown) return null;
  const findings = store.findings.value.get(entry.call.id) ?? [];
  const body = entry.call.requestBody;
  return (
    <aside
      ref={aside}
      class={`details${over ? ' over' : ''}`}
      aria-label={t.t('panel.details.label')}
      data-call-id={entry.call.id}
      tabIndex={-1}
      style={width === undefined ? undefined : { width: `${width}px` }}
    >
      <div class="details-bar">
        <SummaryLine entry={entry} findings={findings} />
        {/* Keyed by call: what a copy said belongs to the call it copied. */}
        <CopyButton key={`curl-${entry.call.id}`} {...copyWords(t, 'curl')} text={() => curlCommand(entry.call)} />
        <CopyButton key={`body-${entry.call.id}`} {...copyWords(t, 'body')} disabled={body.kind !== 'text'} text={() => (body.kind === 'text' ? body.text : '')} />
        <button type="button" class="close" aria-label={t.t('panel.details.close')} onClick={() => (store.detailsOpen.value = false)}>
          ✕
        </button>
      </div>
      <FindingList findings={findings} settings={settings} api={apiOfCall(entry)} />
      <SessionGroups store={store} callId={entry.call.id} />
      <StatusSection entry={entry} answers={answers} />
      <BodySection entry={entry} findings={findings} />
      <ParamsSection entry={entry} />
      <RawSection entry={entry} />
    </aside>
  );
}

/** The API a call speaks, whose documentation its findings cite. */
function apiOfCall({ call }: CallEntry): ApiName {
  const api = classifyCall(call.method, call.url);
  return api ? apiNameOf(api) : 'media-collection';
}

/** What a copy button says, for the cURL command or the body: each sentence whole, as each language builds it. */
function copyWords(t: Translator, what: 'curl' | 'body') {
  return {
    label: t.t(`panel.details.copy-${what}`),
    copied: t.t(`panel.details.copied-${what}`),
    refused: t.t(`panel.details.refused-${what}`),
    what: t.t(`panel.details.${what}-field`),
  };
}

/** What the list's row says of the call, kept in view when the details cover the list. */
function SummaryLine({ entry, findings }: { entry: CallEntry; findings: readonly Finding[] }) {
  const t = useTranslator();
  const summary = summarizeCall(entry);
  const counts = countFindings(findings);
  return (
    <span class="call-summary" data-event-type={summary.eventType} data-status={summary.status} data-findings={findings.length}>
      <strong class="event">{eventTypeText(t, summary.eventType)}</strong>
      <StatusBadge status={summary.status} statusClass={summary.statusClass} withheld={summary.withheld} note={summary.outcomeNote} />
      {findings.length > 0 && <FindingIcons errors={counts.error} warnings={counts.warning} info={counts.info} />}
    </span>
  );
}

function StatusSection({ entry, answers }: { entry: CallEntry; answers: ServerAnswers | undefined }) {
  const t = useTranslator();
  const { call } = entry;
  const api = classifyCall(call.method, call.url);
  const meaning = call.status !== undefined && api ? statusMeaning(api.kind, call.status) : undefined;
  const note = summarizeCall(entry).outcomeNote;
  return (
    <section class="status-section">
      <h3>{t.t('panel.response.heading')}</h3>
      <p>
        {call.status !== undefined
          ? `${call.status}${call.statusText ? ' ' + call.statusText : ''}`
          : call.networkError !== undefined
            ? t.t('panel.response.failed', { error: call.networkError })
            : note ? t.t('panel.response.unanswered') : t.t('panel.response.pending')}
      </p>
      {note && (
        <p class="outcome-note" data-outcome-from={entry.outcomeFrom ?? ''}>
          {t.t(note)}
        </p>
      )}
      {meaning && (
        <p>
          {t.t(meaning.meaning)} <em>{t.t('panel.response.client-action')}</em> {t.t(meaning.action)}
        </p>
      )}
      {call.status !== undefined && <ServerAnswer body={call.responseBody ?? answers?.bodies.value.get(call.id)} reading={answers?.reading ?? false} />}
    </section>
  );
}

/**
 * The server's own words beside our verdict. Unknown when DevTools was not open as the call
 * finished (webRequest never sees response bodies): then it says so, and guesses nothing.
 */
function ServerAnswer({ body, reading }: { body: string | undefined; reading: boolean }) {
  const t = useTranslator();
  if (body === undefined) {
    return (
      <p class="server-answer" data-read="no">
        <strong>{t.t('panel.response.server-said')}</strong>{' '}
        <span class="not-read">{t.t(reading ? 'panel.response.not-read-closed' : 'panel.response.not-read-outside')}</span>
      </p>
    );
  }
  return (
    <div class="server-answer" data-read="yes">
      <strong>{t.t('panel.response.server-said')}</strong>{' '}
      {body.trim() === '' ? <span class="not-read">{t.t('panel.response.empty')}</span> : <pre class="response-body">{body}</pre>}
    </div>
  );
}

function BodySection({ entry, findings }: { entry: CallEntry; findings: readonly Finding[] }) {
  const t = useTranslator();
  const body = parseBody(entry.call);
  let content;
  if (body.kind === 'json') {
    const pointers = findings.flatMap((f) => (f.pointer !== undefined && f.pointer !== '' ? [f.pointer] : []));
    content = (
      <pre class="json" aria-label={t.t('panel.body.heading')}>
        {jsonLines(body.value, pointers).map((line, i) => (
          <div key={i} class={line.highlighted ? 'line hl' : 'line'} data-pointer={line.pointer} style={{ paddingLeft: `${line.depth * 2}ch` }}>
            {line.highlighted && <span class="sr-only">{t.t('panel.body.finding-line')} </span>}
            {line.text}
          </div>
        ))}
      </pre>
    );
  } else if (body.kind === 'withheld') content = <p>{entry.startUnseen ? t.t('panel.body.start-unseen') : t.t('panel.body.withheld', { reason: body.reason })}</p>;
  else if (body.kind === 'invalid-json') {
    content = (
      <>
        <p>{t.t('panel.body.not-json', { error: body.error })}</p>
        <RawBody entry={entry} />
      </>
    );
  } else if (body.kind === 'too-deep') {
    content = (
      <>
        <p>{t.t('panel.body.too-deep', { depth: body.depth })}</p>
        <RawBody entry={entry} />
      </>
    );
  } else content = <p>{t.t('panel.body.none')}</p>;
  return (
    <section class="body-section">
      <h3>{t.t('panel.body.heading')}</h3>
      {entry.bodyNote && <p class="note">{entry.bodyNote}</p>}
      {entry.requestFrom === 'devtools-network' && <p class="note request-note">{t.t('panel.body.request-from-devtools')}</p>}
      {content}
    </section>
  );
}

/** The body's text as sent, for a body that cannot be shown as lines of JSON. */
function RawBody({ entry }: { entry: CallEntry }) {
  return <pre>{entry.call.requestBody.kind === 'text' ? entry.call.requestBody.text : ''}</pre>;
}

function ParamsSection({ entry }: { entry: CallEntry }) {
  const t = useTranslator();
  const body = parseBody(entry.call);
  if (body.kind !== 'json' || !isObject(body.value)) return null;
  const rows: Array<[string, unknown]> = [];
  for (const group of ['params', 'qoeData', 'customMetadata'] as const) {
    const v = body.value[group];
    if (isObject(v)) for (const [k, x] of Object.entries(v)) rows.push([k, x]);
  }
  if (rows.length === 0) return null;
  return (
    <section class="params-section">
      <h3>{t.t('panel.params.heading')}</h3>
      <table class="params">
        <thead>
          <tr>
            <th>{t.t('panel.params.key')}</th>
            <th>{t.t('panel.params.value')}</th>
            <th>{t.t('panel.params.meaning')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([k, v]) => (
            <tr key={k}>
              <td><code>{k}</code></td>
              <td><code>{JSON.stringify(v)}</code></td>
              <td>{t.t(paramMeaning(k) ?? 'panel.params.undocumented')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function RawSection({ entry }: { entry: CallEntry }) {
  const t = useTranslator();
  const { call } = entry;
  const time = formatClock(t, call.startedAt);
  const location = headerValue(call.responseHeaders, 'location');
  return (
    <section class="raw-section">
      <h3>{t.t('panel.request.heading')}</h3>
      <p class="url">
        <code>
          {call.method} {call.url}
        </code>
      </p>
      <p>
        {timeIsAnswers(entry)
          ? t.t('panel.request.answered', { time })
          : call.durationMs !== undefined
            ? t.t('panel.request.started-took', { time, ms: Math.round(call.durationMs) })
            : t.t('panel.request.started', { time })}
        {' · '}
        {t.t('panel.request.sent-as', { type: entry.resourceType })}
        {location ? ` · ${t.t('panel.request.location', { location })}` : ''}
      </p>
      <HeaderTable title={(count) => t.t('panel.request.headers', { count })} headers={call.requestHeaders} />
      <HeaderTable title={(count) => t.t('panel.response.headers', { count })} headers={call.responseHeaders} />
    </section>
  );
}

function HeaderTable({ title, headers }: { title: (count: number) => string; headers: Header[] | undefined }) {
  const t = useTranslator();
  return (
    <details open>
      <summary>{title(headers?.length ?? 0)}</summary>
      {headers && headers.length > 0 ? (
        <table class="headers">
          <tbody>
            {headers.map((h, i) => (
              <tr key={i}>
                <td>{h.name}</td>
                <td>{h.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t.t('panel.headers.not-captured')}</p>
      )}
    </details>
  );
}
