import type { CallRule } from '../rule.js';

export const bodyWithheld: CallRule = {
  kind: 'call',
  meta: {
    id: 'body-withheld',
    title: 'Body not available to the inspector',
    severity: 'info',
    docs: ['setHttpRequest'],
    summary:
      'The browser did not hand the request body to the extension (some beacons, or a HAR saved without content), so the call cannot be validated and is left out of the sequence checks.',
  },
  triggers: { traits: ['body-not-json'] },
  check({ body }, report) {
    if (body.kind !== 'withheld') return;
    report({
      message: `The browser withheld this request's body (${body.reason}): it cannot be validated, and the sequence checks skip it.`,
      action: 'If it matters, reproduce with fetch() instead of sendBeacon, or save the HAR with content.',
    });
  },
};
