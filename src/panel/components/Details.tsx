import browser from 'webextension-polyfill';
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
import type { PanelStore } from '../store.js';
import { CopyButton } from './CopyButton.js';

const SEVERITY_ICON = { error: '✕', warning: '⚠', info: 'ℹ' } as const;

/** The selected call in full. Captured text is rendered as text nodes only. */
export function Details({ store }: { store: PanelStore }) {
  const entry = store.selectedCall.value;
  if (!entry || !store.detailsOpen.value) return null;
  const findings = store.findings.value.get(entry.call.id) ?? [];
  const body = entry.call.requestBody;
  return (
    <aside class="details" aria-label="Call details" data-call-id={entry.call.id}>
      <div class="details-bar">
        <strong>Details</strong>
        {/* Keyed by call: what a copy said belongs to the call it copied. */}
        <CopyButton key={`curl-${entry.call.id}`} label="Copy as cURL" what="cURL command" text={() => curlCommand(entry.call)} />
        <CopyButton key={`body-${entry.call.id}`} label="Copy body" what="body" disabled={body.kind !== 'text'} text={() => (body.kind === 'text' ? body.text : '')} />
        <button type="button" class="close" aria-label="Close details (Escape)" onClick={() => (store.detailsOpen.value = false)}>
          ✕
        </button>
      </div>
      <FindingList findings={findings} />
      <StatusSection entry={entry} />
      <BodySection entry={entry} findings={findings} />
      <ParamsSection entry={entry} />
      <RawSection entry={entry} />
    </aside>
  );
}

function FindingList({ findings }: { findings: readonly Finding[] }) {
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
                <strong>{meta?.title ?? f.rule}</strong> <code>{f.rule}</code>
              </div>
              <div class="message">{f.message}</div>
              {f.action && <div class="action">What to do: {f.action}</div>}
              {f.contradiction && <ContradictionNote id={f.contradiction} />}
              {meta && meta.docs.length > 0 && (
                <div class="docs">
                  {meta.docs.map((key) => {
                    const page = docPage(key);
                    return (
                      <a key={key} href={docUrl(page)} target="_blank" rel="noopener noreferrer">
                        {page.title}
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
  const link = contradictionLink(id, (path) => browser.runtime.getURL(path));
  return (
    <div class="contradiction">
      Where Adobe's pages disagree:{' '}
      <a href={link.href} target="_blank" rel="noopener noreferrer">
        {link.text}
      </a>
    </div>
  );
}

function StatusSection({ entry }: { entry: CallEntry }) {
  const { call } = entry;
  const api = classifyCall(call.method, call.url);
  const meaning = call.status !== undefined && api ? statusMeaning(api.kind, call.status) : undefined;
  return (
    <section class="status-section">
      <h3>Response</h3>
      <p>
        {call.status !== undefined ? `${call.status}${call.statusText ? ' ' + call.statusText : ''}` : call.networkError !== undefined ? `Failed: ${call.networkError}` : 'Pending'}
      </p>
      {meaning && (
        <p>
          {meaning.meaning} <em>Client action:</em> {meaning.action}
        </p>
      )}
      {call.responseBody && <pre class="response-body">{call.responseBody}</pre>}
    </section>
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
