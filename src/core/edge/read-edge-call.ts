import type { CapturedCall } from '../call.js';
import type { MediaEvent, ParsedBody } from '../media-event.js';
import type { EdgeCall } from './classify-edge.js';
import { MEDIA_PREFIX } from './edge-actions.js';
import { downloadedMediaEvents, edgeToMediaEvent, mediaXdmOf, sessionIdOf } from './edge-event.js';
import { newSessionIdOf } from './edge-response.js';
import { edgeSchemaIssues, NO_EDGE_ISSUES, type EdgeSchemaIssue } from './schema/validate-edge-body.js';

/** What the inspector needs to know of one Media Edge call. */
export interface EdgeReading {
  /** start: opens a session (sessionStart, by the Edge API or an interact call); downloaded: a whole offline session; event: any other. */
  kind: 'start' | 'downloaded' | 'event';
  /** start and downloaded open a session of their own. */
  opens: boolean;
  /**
   * start: the id in the response body, null when the body was read and has none, undefined when
   * it could not be read. event: its mediaCollection.sessionID. downloaded: undefined (it has none).
   */
  sid: string | null | undefined;
  /** The media events it carries, for the sequence rules: one, none (a body the rules cannot read), or a downloaded session's. */
  events: MediaEvent[];
  schemaIssues: readonly EdgeSchemaIssue[];
}

/** Reads a Media Edge call, or undefined when it is an interact or collect call with no media event: not ours. */
export function readEdgeCall(call: CapturedCall, api: EdgeCall, body: ParsedBody): EdgeReading | undefined {
  const media = body.kind === 'json' ? mediaXdmOf(body.value, api) : undefined;
  let action: string;
  if (api.endpoint === 'va') action = api.action;
  else {
    if (media === undefined) return undefined;
    action = String(media.xdm['eventType']).slice(MEDIA_PREFIX.length);
  }
  const kind = action === 'sessionStart' ? 'start' : action === 'downloaded' ? 'downloaded' : 'event';
  const schemaIssues = body.kind === 'json' ? edgeSchemaIssues(body.value, action, media?.index ?? 0) : NO_EDGE_ISSUES;
  let events: MediaEvent[] = [];
  if (media !== undefined) {
    if (kind === 'downloaded') events = downloadedMediaEvents(media.xdm, call.id, media.index);
    else {
      const event = edgeToMediaEvent(media.xdm, call.id, kind === 'start', media.index);
      if (event) events = [event];
    }
  }
  const sid = kind === 'start' ? newSessionIdOf(call) : kind === 'event' && media ? sessionIdOf(media.xdm) : undefined;
  return { kind, opens: kind !== 'event', sid, events, schemaIssues };
}
