import { message } from '../../../i18n/message.js';
import type { CallRule } from '../rule.js';

export const edgeRequiredField: CallRule = {
  kind: 'call',
  meta: {
    id: 'edge-required-field',
    title: 'rules-edge.edge-required-field.title',
    severity: 'error',
    docs: ['edgeApiReference', 'edgeSessions', 'edgeAds'],
    summary:
      'Every Media Edge event needs xdm.eventType, xdm.timestamp and xdm.mediaCollection with a playhead; every event but sessionStart needs mediaCollection.sessionID; sessionStart needs sessionDetails (name, playerName, length, channel, contentType), adBreakStart advertisingPodDetails, adStart advertisingDetails, chapterStart chapterDetails, error errorDetails and bitrateChange qoeDataDetails. Without one the Edge rejects the event.',
    choice: 'The OpenAPI file requires xdm.timestamp on sessionStart, which several pages\' examples leave out (C16): we follow the file, and the Web SDK always sends it.',
  },
  triggers: { traits: ['schema-issues'] },
  check({ api, schemaIssues }, report) {
    if (api.kind !== 'edge') return;
    for (let i = 0; i < schemaIssues.length; i++) {
      const issue = schemaIssues[i]!;
      if (issue.keyword !== 'required') continue;
      report({
        message: issue.message,
        pointer: issue.pointer,
        action: message('rules-edge.edge-required-field.action'),
      });
    }
  },
};
