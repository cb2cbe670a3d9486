import { message } from '../../../i18n/message.js';
import type { Finding } from '../../finding.js';
import type { Report, SequenceRule } from '../rule.js';

export const ACCEPTED_NOT_COUNTED = 'accepted-not-counted';

/**
 * A success answer from the server says only that the body had the right form. This rule judges
 * no event of its own (it reads none: `eventTypes` is empty); the inspector asks it for a finding
 * whenever another rule reports an error on a call the server accepted (`notCountedReport`), and
 * withdraws it when the last such error goes. Registered like any rule, so a team's settings can
 * turn it off or re-rate it.
 */
export const acceptedNotCounted: SequenceRule<null> = {
  kind: 'sequence',
  meta: {
    id: ACCEPTED_NOT_COUNTED,
    title: 'rules-sequence.accepted-not-counted.title',
    severity: 'info',
    docs: ['validateRequests', 'controlOrder'],
    summary:
      "A call the server answered with success (204 for an event, 201 for a session) on which another rule reports an error: the server checks only each body's form, never the order or meaning of events, so its 2xx does not mean the data counts. An adStart outside an ad break is answered 204 and then ignored.",
  },
  eventTypes: [],
  init: () => null,
  clone: () => null,
  onEvent() {},
};

/** The finding's report for an accepted call on which `cause` (the first error found) was reported. */
export function notCountedReport(cause: Finding): Report {
  return {
    callId: cause.callId,
    message: message('rules-sequence.accepted-not-counted.message', { rule: cause.rule }),
    action: message('rules-sequence.accepted-not-counted.action', { rule: cause.rule }),
  };
}
