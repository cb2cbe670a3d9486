import type { CapturedCall } from '../src/core/call.js';
import { edgeBodyOf, sessionStartResponse } from '../test/support/edge-calls.js';

const EDGE = 'https://edge.adobedc.net/ee';

/**
 * The same sessions as the Media Collection API corpus, each event sent in the Media Edge
 * format instead, as a HAR of Web SDK traffic holds them: the sessionStart answered 200 with the
 * session's id in its body, every event to `/ee/or2/va/v1/{event}` with the id in
 * mediaCollection.sessionID. Same events, same findings: only the wire format differs.
 */
export function toEdgeCorpus(corpus: readonly CapturedCall[]): CapturedCall[] {
  return corpus.map((call) => {
    const text = call.requestBody.kind === 'text' ? call.requestBody.text : '{}';
    const body = JSON.parse(text) as Record<string, unknown>;
    const type = String(body['eventType']);
    const sid = sidOf(call);
    const isStart = type === 'sessionStart';
    const edge: CapturedCall = {
      ...call,
      url: `${EDGE}${isStart ? '' : '/or2'}/va/v1/${type}?configId=bench`,
      requestBody: { kind: 'text', text: JSON.stringify(edgeBodyOf(body, sid)) },
      status: isStart ? 200 : 204,
    };
    delete edge.responseHeaders;
    if (isStart) edge.responseBody = sessionStartResponse(sid);
    return edge;
  });
}

function sidOf(call: CapturedCall): string {
  const location = call.responseHeaders?.find((h) => h.name === 'Location')?.value ?? call.url;
  return /sessions\/([^/]+)/.exec(location)![1]!;
}
