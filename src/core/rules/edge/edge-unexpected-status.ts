import { message } from '../../../i18n/message.js';
import type { CallRule } from '../rule.js';
import { edgeStatusMeaning } from './edge-status.js';

export const edgeUnexpectedStatus: CallRule = {
  kind: 'call',
  meta: {
    id: 'edge-unexpected-status',
    title: 'rules-edge.edge-unexpected-status.title',
    severity: 'warning',
    docs: ['edgeApiReference', 'edgeOverview'],
    summary:
      'sessionStart and downloaded answer 200, 207 or 400; every other event 204, 400 or 404; and 5xx may come from any. Any other status (a 200 to an event, a redirect, a proxy in between) is reported.',
    choice: 'An earlier getting-started page says events succeed with "status of 200 … no content"; the OpenAPI file and the current pages say 204 (C18). A 200 to an event is reported as a warning.',
  },
  triggers: { traits: ['unusual-outcome'] },
  check({ call, api }, report) {
    const status = call.status;
    if (api.kind !== 'edge' || status === undefined || status === 0 || edgeStatusMeaning(api, status)) return;
    report({
      message:
        api.endpoint === 'va'
          ? message('rules-edge.edge-unexpected-status.va', { status, action: api.action })
          : message('rules-edge.edge-unexpected-status.edge-call', { status, endpoint: api.endpoint }),
      action: message('rules-edge.edge-unexpected-status.action'),
    });
  },
};
