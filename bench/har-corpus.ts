import type { CapturedCall } from '../src/core/call.js';
import { writeHar } from '../src/core/har/write-har.js';
import { generateSession } from './corpus.js';

/**
 * A "Save all as HAR" of about `bytes`: sessions of `eventsPerSession` calls one after another,
 * each API call followed by a video segment request (what a player page's HAR mostly holds).
 */
export function generateHarText(bytes: number, eventsPerSession = 500): string {
  const calls: CapturedCall[] = [];
  let size = 0;
  for (let index = 0; size < bytes; index++) {
    for (const call of generateSession(index, eventsPerSession)) {
      calls.push(call, segment(call, calls.length));
      size += 1_000 + (call.requestBody.kind === 'text' ? call.requestBody.text.length : 0);
    }
  }
  return JSON.stringify(writeHar(calls.map((c, i) => ({ ...c, id: String(i) })), { name: 'bench', version: '1' }));
}

function segment(after: CapturedCall, n: number): CapturedCall {
  return {
    id: `seg-${n}`,
    method: 'GET',
    url: `https://cdn.example.com/video/1080p/segment-${n}.m4s`,
    startedAt: after.startedAt + 1,
    requestBody: { kind: 'none' },
    status: 200,
    responseHeaders: [{ name: 'content-type', value: 'video/iso.segment' }],
    durationMs: 120,
  };
}
