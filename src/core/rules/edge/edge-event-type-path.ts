import { isEdgeAction, MEDIA_PREFIX } from '../../edge/edge-actions.js';
import { mediaXdmOf } from '../../edge/edge-event.js';
import type { CallRule } from '../rule.js';

export const edgeEventTypePath: CallRule = {
  kind: 'call',
  meta: {
    id: 'edge-event-type-path',
    title: 'Media Edge eventType differs from the path',
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
        message: `/va/v1/${api.action} is not a Media Edge endpoint.`,
        action: 'Post to /va/v1/{action} with one of the 19 actions of the Media Edge API reference (sessionStart, play, ping, adStart, …).',
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
      message: `xdm.eventType is "${type}" but the call went to /va/v1/${api.action}: the Edge answers 400 ("the payload eventType was different from the path eventType").`,
      action: `Send ${type} to /va/v1/${type.startsWith(MEDIA_PREFIX) ? type.slice(MEDIA_PREFIX.length) : '{action}'}, or set xdm.eventType to "${expected}".`,
      pointer: `/events/${media!.index}/xdm/eventType`,
    });
  },
};
