import { message } from '../../../i18n/message.js';
import { EDGE_ACTIONS, isEdgeAction, MEDIA_PREFIX } from '../../edge/edge-actions.js';
import { mediaXdmOf } from '../../edge/edge-event.js';
import type { CallRule } from '../rule.js';

const VA_PATH = '/va/v1/';
/** The Edge's own words for this mistake (Media Edge API troubleshooting), quoted as it says them. */
const EDGE_SAYS_MISMATCH = 'the payload eventType was different from the path eventType';

export const edgeEventTypePath: CallRule = {
  kind: 'call',
  meta: {
    id: 'edge-event-type-path',
    title: 'rules-edge.edge-event-type-path.title',
    severity: 'error',
    docs: ['edgeMediaTroubleshooting', 'edgeApiReference'],
    summary:
      'A Media Edge event goes to `/va/v1/{action}` and its xdm.eventType must be `media.{action}`: the Edge checks that the path eventType matches the payload eventType and answers 400 when they differ. An action the API does not have is reported too.',
    choice: 'The OpenAPI file gives /adSkip the default eventType media.adBreakSkip; its own example, every page and the Web SDK send media.adSkip (C17): media.adSkip is the one that matches.',
  },
  // Runs on every Media Edge call: comparing two strings costs less than a trait would.
  check({ api, body }, report) {
    if (api.kind !== 'edge' || api.endpoint !== 'va') return;
    if (!isEdgeAction(api.action)) {
      report({
        message: message('rules-edge.edge-event-type-path.unknown-action', { path: VA_PATH + api.action }),
        action: message('rules-edge.edge-event-type-path.unknown-action.action', { template: `${VA_PATH}{action}`, count: EDGE_ACTIONS.length }),
      });
      return;
    }
    if (body.kind !== 'json') return;
    const media = mediaXdmOf(body.value, api);
    const type = media?.xdm['eventType'];
    if (typeof type !== 'string') return;
    const expected = MEDIA_PREFIX + api.action;
    if (type === expected) return;
    report({
      message: message('rules-edge.edge-event-type-path.mismatch', { type, path: VA_PATH + api.action, edgeSays: EDGE_SAYS_MISMATCH }),
      action: message('rules-edge.edge-event-type-path.mismatch.action', {
        type,
        typePath: VA_PATH + (type.startsWith(MEDIA_PREFIX) ? type.slice(MEDIA_PREFIX.length) : '{action}'),
        expected,
      }),
      pointer: `/events/${media!.index}/xdm/eventType`,
    });
  },
};
