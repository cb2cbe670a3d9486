import { message } from '../../../i18n/message.js';
import type { CallRule } from '../rule.js';

export const bodyWithheld: CallRule = {
  kind: 'call',
  meta: {
    id: 'body-withheld',
    title: 'rules-call.body-withheld.title',
    severity: 'info',
    docs: ['setHttpRequest'],
    summary:
      'The browser did not hand the request body to the extension (some beacons, or a HAR saved without content), so the call cannot be validated and is left out of the sequence checks.',
  },
  triggers: { traits: ['body-not-json'] },
  check({ body }, report) {
    if (body.kind !== 'withheld') return;
    report({
      message: message('rules-call.body-withheld.message', { reason: body.reason }),
      action: message('rules-call.body-withheld.action'),
    });
  },
};
