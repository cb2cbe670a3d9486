import { effect, type ReadonlySignal } from '@preact/signals';
import type { CapturedCall } from '../core/call.js';
import { newSessionIdOf } from '../core/edge/edge-response.js';
import type { BackgroundLink } from './connection.js';

/**
 * Hands the background each Media Edge sessionStart response DevTools read, so it links the
 * session by the id in it exactly (webRequest never sees response bodies). Only bodies that
 * carry a new session's id are kept and sent; all of them again after every reconnect, since
 * a restarted background has forgotten them.
 */
export function forwardEdgeSessionStarts(connections: ReadonlySignal<number>, background: BackgroundLink): (callId: string, body: string) => void {
  const starts = new Map<string, string>();
  effect(() => {
    if (connections.value === 0) return;
    for (const [callId, body] of starts) background.send('edgeSessionStartResponse', { callId, body });
  });
  return (callId, body) => {
    if (typeof newSessionIdOf({ responseBody: body } as CapturedCall) !== 'string') return;
    starts.set(callId, body);
    background.send('edgeSessionStartResponse', { callId, body });
  };
}
