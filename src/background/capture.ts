import browser, { type WebRequest } from 'webextension-polyfill';
import { classifyCall } from '../core/classify.js';
import { keepsCall } from '../core/edge/keep-call.js';
import type { CallEntry } from '../messaging/entry.js';
import type { CallLog, Outcome } from './call-log.js';
import { toHeaders } from './headers.js';
import { report } from './report.js';
import { decodeRequestBody } from './request-body.js';

/**
 * Only the APIs' paths wake the background. The path part of a match pattern may hold `*`
 * anywhere, so a first-party proxy prefix (`/media/api/v1/sessions`) matches too; the query
 * string is part of what `*` matches. The host is any, as the namespace host varies and Media
 * Edge calls go to first-party domains too: the Media Collection API's sessions paths, the Media
 * Edge API's `/va/v1/{event}`, and the Edge interact and collect calls through which the Web SDK
 * opens a media session (the rest of those are dropped once their body is seen).
 */
export const API_FILTER: WebRequest.RequestFilter = {
  urls: ['*://*/*api/v1/sessions*', '*://*/*/va/v1/*', '*://*/*/v1/interact*', '*://*/*/v1/collect*', '*://*/*/v2/interact*', '*://*/*/v2/collect*'],
};

/**
 * Edge interact and collect calls kept at their start (they carried a media event): only those
 * are settled, so the site's other Edge traffic never enters the log. Bounded: a call settles
 * within seconds of its start.
 */
const keptEdgeCalls = new Set<string>();
const KEPT_EDGE_MAX = 1000;

/**
 * Registers the webRequest listeners; call it synchronously from the top level of the background.
 * Returns what registers them again (see grant-refresh.ts).
 */
export function registerCapture(log: CallLog): () => void {
  const onBeforeRequest = (details: WebRequest.OnBeforeRequestDetailsType) => {
    const api = details.tabId < 0 ? null : classifyCall(details.method, details.url);
    if (!api) return;
    const { body, note } = decodeRequestBody(details.method, details.requestBody);
    if (!keepsCall(api, body)) return;
    if (api.kind === 'edge' && api.endpoint !== 'va') {
      if (keptEdgeCalls.size >= KEPT_EDGE_MAX) keptEdgeCalls.clear();
      keptEdgeCalls.add(details.requestId);
    }
    const entry: CallEntry = {
      kind: 'call',
      resourceType: details.type,
      call: { id: details.requestId, method: details.method, url: details.url, startedAt: details.timeStamp, requestBody: body },
    };
    if (note) entry.bodyNote = note;
    report(log.begin(details.tabId, entry));
  };
  const onCompleted = (details: WebRequest.OnCompletedDetailsType) => {
    const outcome: Outcome = {
      status: details.statusCode,
      statusText: statusText(details.statusLine),
      responseHeaders: toHeaders(details.responseHeaders) ?? [],
    };
    settle(log, details, outcome);
  };
  const onErrorOccurred = (details: WebRequest.OnErrorOccurredDetailsType) => settle(log, details, { networkError: details.error });
  const { webRequest } = browser;
  const listen = () => {
    webRequest.onBeforeRequest.addListener(onBeforeRequest, API_FILTER, ['requestBody']);
    webRequest.onCompleted.addListener(onCompleted, API_FILTER, ['responseHeaders']);
    webRequest.onErrorOccurred.addListener(onErrorOccurred, API_FILTER);
  };
  listen();
  return () => {
    webRequest.onBeforeRequest.removeListener(onBeforeRequest);
    webRequest.onCompleted.removeListener(onCompleted);
    webRequest.onErrorOccurred.removeListener(onErrorOccurred);
    listen();
  };
}

type SettledDetails = WebRequest.OnCompletedDetailsType | WebRequest.OnErrorOccurredDetailsType;

function settle(log: CallLog, details: SettledDetails, outcome: Outcome): void {
  const api = details.tabId < 0 ? null : classifyCall(details.method, details.url);
  if (!api) return;
  if (api.kind === 'edge' && api.endpoint !== 'va' && !keptEdgeCalls.delete(details.requestId)) return;
  const unseen: CallEntry = {
    kind: 'call',
    resourceType: details.type,
    startUnseen: true,
    call: {
      id: details.requestId,
      method: details.method,
      url: details.url,
      startedAt: details.timeStamp,
      requestBody: { kind: 'withheld', reason: 'The extension did not see this request start (it began before capture did, or the list was cleared meanwhile).' },
    },
  };
  report(log.settle(details.tabId, details.requestId, outcome, details.timeStamp, unseen));
}

/** `HTTP/1.1 201 Created` → `Created`; HTTP/2 status lines carry no text. */
function statusText(statusLine: string | undefined): string | undefined {
  const m = /^\S+\s+\d{3}\s*(.*)$/.exec(statusLine ?? '');
  return m?.[1] || undefined;
}
