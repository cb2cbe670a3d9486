import { useEffect, useRef } from 'preact/hooks';
import { headerValue, type Header } from '../../core/call.js';
import { classifyCall } from '../../core/classify.js';
import type { ContradictionId } from '../../core/contradictions.js';
import { docPage, docUrl } from '../../core/docs.js';
import type { Finding } from '../../core/finding.js';
import { isObject, parseBody } from '../../core/media-event.js';
import { statusMeaning } from '../../core/rules/call/http-status.js';
import { ruleMeta } from '../../core/rules/index.js';
import { describeParam } from '../../core/schema/params.js';
import type { CallEntry } from '../../messaging/entry.js';
import { contradictionLink } from '../contradiction-link.js';
import { curlCommand } from '../curl.js';
import { formatClock } from '../format.js';
import { jsonLines } from '../json-lines.js';
import type { RuleSettings } from '../../core/settings/rule-settings.js';
import type { ServerAnswers } from '../server-answers.js';
import { overrideOf } from '../settings/settings-model.js';
import type { PanelStore } from '../store.js';
import { countFindings, summarizeCall } from '../call-summary.js';
import { FindingIcons, StatusBadge } from './CallRow.js';
import { CopyButton } from './CopyButton.js';
import { SessionGroups } from './SessionGroups.js';
import { titleText } from '../../i18n/transitional.js';
import { english } from '../../i18n/translator.js';

const SEVERITY_ICON = { error: '✕', warning: '⚠', info: 'ℹ' } as const;

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
      aria-label="Call details"
      data-call-id={entry.call.id}
      tabIndex={-1}
      style={width === undefined ? undefined : { width: `${width}px` }}
    >
      <div class="details-bar">
        <SummaryLine entry={entry} findings={findings} />
        {/* Keyed by call: what a copy said belongs to the call it copied. */}
        <CopyButton key={`curl-${entry.call.id}`} label="Copy as cURL" what="cURL command" text={() => curlCommand(entry.call)} />
        <CopyButton key={`body-${entry.call.id}`} label="Copy body" what="body" disabled={body.kind !== 'text'} text={() => (body.kind === 'text' ? body.text : '')} />
        <button type="button" class="close" aria-label="Close details (Escape)" onClick={() => (store.detailsOpen.value = false)}>
          ✕
        </button>
      </div>
      <FindingList findings={findings} settings={settings} />
      <SessionGroups store={store} callId={entry.call.id} />
      <StatusSection entry={entry} answers={answers} />
      <BodySection entry={entry} findings={findings} />
      <ParamsSection entry={entry} />
      <RawSection entry={entry} />
    </aside>
  );
}

/** What the list's row says of the call, kept in view when the details cover the list. */
function SummaryLine({ entry, findings }: { entry: CallEntry; findings: readonly Finding[] }) {
  const summary = summarizeCall(entry);
  const counts = countFindings(findings);
  return (
    <span class="call-summary" data-event-type={summary.eventType} data-status={summary.status} data-findings={findings.length}>
      <strong class="event">{summary.eventType}</strong>
      <StatusBadge status={summary.status} statusClass={summary.statusClass} withheld={summary.withheld} note={summary.outcomeNote} />
      {findings.length > 0 && <FindingIcons errors={counts.error} warnings={counts.warning} info={counts.info} />}
    </span>
  );
}

function FindingList({ findings, settings }: { findings: readonly Finding[]; settings: RuleSettings }) {
  if (findings.length === 0) return <section class="findings-section"><h3>Findings</h3><p>None: this call looks right.</p></section>;
  return (
    <section class="findings-section">
      <h3>Findings ({findings.length})</h3>
      <ul>
        {findings.map((f, i) => {
          const meta = ruleMeta(f.rule);
          return (
            <li key={i} class={`finding ${f.severity}`} data-rule={f.rule}>
              <div>
                <span class="sev-label">
                  <span aria-hidden="true">{SEVERITY_ICON[f.severity]}</span> {f.severity}
                </span>{' '}
                <strong>{meta ? titleText(english, meta.title) : f.rule}</strong> <code>{f.rule}</code>
                {overrideOf(settings, f.rule) !== undefined && <span class="set-by-settings"> · {f.severity} by your settings</span>}
              </div>
              <div class="message">{english.text(f.message)}</div>
              {f.action && <div class="action">What to do: {english.text(f.action)}</div>}
              {f.contradiction && <ContradictionNote id={f.contradiction} />}
              {meta && meta.docs.length > 0 && (
                <div class="docs">
                  {meta.docs.map((key) => {
                    const page = docPage(key);
                    return (
                      <a key={key} href={docUrl(page)} target="_blank" rel="noopener noreferrer">
                        {english.t(page.title)}
                      </a>
                    );
                  })}
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
  const link = contradictionLink(id, (path) => path);
  return (
    <div class="contradiction">
      Where Adobe's pages disagree:{' '}
      <a href={link.href} target="_blank" rel="noopener noreferrer">
        {link.text}
      </a>
    </div>
  );
}

function StatusSection({ entry, answers }: { entry: CallEntry; answers: ServerAnswers | undefined }) {
  const { call } = entry;
  const api = classifyCall(call.method, call.url);
  const meaning = call.status !== undefined && api ? statusMeaning(api.kind, call.status) : undefined;
  const note = summarizeCall(entry).outcomeNote;
  return (
    <section class="status-section">
      <h3>Response</h3>
      <p>
        {call.status !== undefined ? `${call.status}${call.statusText ? ' ' + call.statusText : ''}` : call.networkError !== undefined ? `Failed: ${call.networkError}` : note ? 'Unanswered' : 'Pending'}
      </p>
      {note && (
        <p class="outcome-note" data-outcome-from={entry.outcomeFrom ?? ''}>
          {note}
        </p>
      )}
      {meaning && (
        <p>
          {english.t(meaning.meaning)} <em>Client action:</em> {english.t(meaning.action)}
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
  if (body === undefined) {
    return (
      <p class="server-answer" data-read="no">
        <strong>Server said:</strong>{' '}
        <span class="not-read">
          not read ({reading ? 'DevTools was closed when this call finished' : 'response bodies are read only in the DevTools panel, while it is open'})
        </span>
      </p>
    );
  }
  return (
    <div class="server-answer" data-read="yes">
      <strong>Server said:</strong> {body.trim() === '' ? <span class="not-read">nothing (an empty body)</span> : <pre class="response-body">{body}</pre>}
    </div>
  );
}

function BodySection({ entry, findings }: { entry: CallEntry; findings: readonly Finding[] }) {
  const body = parseBody(entry.call);
  let content;
  if (body.kind === 'json') {
    const pointers = findings.flatMap((f) => (f.pointer !== undefined && f.pointer !== '' ? [f.pointer] : []));
    content = (
      <pre class="json" aria-label="Request body">
        {jsonLines(body.value, pointers).map((line, i) => (
          <div key={i} class={line.highlighted ? 'line hl' : 'line'} data-pointer={line.pointer} style={{ paddingLeft: `${line.depth * 2}ch` }}>
            {line.highlighted && <span class="sr-only">(finding) </span>}
            {line.text}
          </div>
        ))}
      </pre>
    );
  } else if (body.kind === 'withheld') content = <p>The browser withheld the body: {body.reason}</p>;
  else if (body.kind === 'invalid-json') content = <><p>Not JSON: {body.error}</p><RawBody entry={entry} /></>;
  else if (body.kind === 'too-deep') content = <><p>JSON nested {body.depth} levels deep, shown as sent:</p><RawBody entry={entry} /></>;
  else content = <p>No body.</p>;
  return (
    <section class="body-section">
      <h3>Request body</h3>
      {entry.bodyNote && <p class="note">{entry.bodyNote}</p>}
      {content}
    </section>
  );
}

/** The body's text as sent, for a body that cannot be shown as lines of JSON. */
function RawBody({ entry }: { entry: CallEntry }) {
  return <pre>{entry.call.requestBody.kind === 'text' ? entry.call.requestBody.text : ''}</pre>;
}

function ParamsSection({ entry }: { entry: CallEntry }) {
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
      <h3>Parameters</h3>
      <table class="params">
        <thead>
          <tr>
            <th>Key</th>
            <th>Value</th>
            <th>Meaning</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([k, v]) => (
            <tr key={k}>
              <td><code>{k}</code></td>
              <td><code>{JSON.stringify(v)}</code></td>
              <td>{describeParam(k) ?? '(custom or undocumented)'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function RawSection({ entry }: { entry: CallEntry }) {
  const { call } = entry;
  return (
    <section class="raw-section">
      <h3>Request</h3>
      <p class="url">
        <code>{call.method} {call.url}</code>
      </p>
      <p>
        Started {formatClock(call.startedAt)}
        {call.durationMs !== undefined ? `, took ${Math.round(call.durationMs)} ms` : ''} · sent as {entry.resourceType}
        {headerValue(call.responseHeaders, 'location') ? ` · Location: ${headerValue(call.responseHeaders, 'location')}` : ''}
      </p>
      <HeaderTable title="Request headers" headers={call.requestHeaders} />
      <HeaderTable title="Response headers" headers={call.responseHeaders} />
    </section>
  );
}

function HeaderTable({ title, headers }: { title: string; headers: Header[] | undefined }) {
  return (
    <details open>
      <summary>{title} ({headers?.length ?? 0})</summary>
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
        <p>Not captured.</p>
      )}
    </details>
  );
}
