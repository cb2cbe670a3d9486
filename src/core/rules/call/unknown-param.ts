import { unknownParams, unknownQoeKeys } from '../../schema/advisories.js';
import type { CallRule } from '../rule.js';
import { advisoryRule, both } from './advisory-rule.js';

const NONE_ACCEPTED: ReadonlySet<string> = new Set();

/** The rule, also accepting the names in `accepted` (the parameters a team's settings list). */
export function unknownParamRule(accepted: ReadonlySet<string> = NONE_ACCEPTED): CallRule {
  return advisoryRule(
    {
      id: 'unknown-param',
      title: 'rules-call.unknown-param.title',
      severity: 'warning',
      docs: ['requestParams', 'qoe'],
      summary:
        'A params key the request-parameters page does not document for this event type, or a qoeData key other than the four media.qoe.* keys. The real schemas are not published; the server may reject or ignore the key.',
      choice:
        'Adobe\'s 2018 schema sample closes qoeData (additionalProperties false), yet Timeline 2 sends "qoeData":{"bitrate":10000} (C7); its Timeline 1 puts media.ad.podFriendlyName on adStart (C10). Unknown keys are therefore warnings, never schema errors. What Adobe\'s own Media SDKs send is known vocabulary, not unknown: media.libraryVersion on sessionStart, media.qoe.errorID and media.qoe.errorSource in an error\'s qoeData.',
    },
    { traits: ['params', 'qoeData'] },
    (type, body) => both(unknownParams(type, body['params'], accepted), unknownQoeKeys(body, accepted)),
    'rules-call.unknown-param.action',
  );
}

export const unknownParam = unknownParamRule();
