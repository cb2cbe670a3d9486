import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import type { PanelToBackground } from '../../src/messaging/protocol.js';
import { forwardEdgeSessionStarts } from '../../src/panel/edge-session-starts.js';
import { sessionStartResponse } from '../support/edge-calls.js';

describe('forwardEdgeSessionStarts', () => {
  it('sends the background each sessionStart response with a new session id, and all of them again on reconnect', () => {
    const sent: PanelToBackground['edgeSessionStartResponse'][] = [];
    const connections = signal(0);
    const onAnswer = forwardEdgeSessionStarts(connections, { send: (_type, data) => sent.push(data as (typeof sent)[number]) });
    const start = sessionStartResponse('a'.repeat(64));
    onAnswer('s1', start);
    onAnswer('e1', ''); // a 204 event
    onAnswer('i1', JSON.stringify({ requestId: 'r', handle: [{ type: 'locationHint:result', payload: [] }] })); // an interact with no media session
    expect(sent).toEqual([{ callId: 's1', body: start }]);
    connections.value = 1;
    connections.value = 2;
    expect(sent.map((m) => m.callId)).toEqual(['s1', 's1', 's1']);
  });
});
