import { message } from '../../../i18n/message.js';
import { EDGE_BODY_SHAPE } from '../../edge/schema/validate-edge-body.js';
import type { CallRule } from '../rule.js';

export const edgeBodySchema: CallRule = {
  kind: 'call',
  meta: {
    id: 'edge-body-schema',
    title: 'rules-edge.edge-body-schema.title',
    severity: 'error',
    docs: ['edgeApiReference', 'edgeOverview'],
    summary:
      'Each Media Edge body is checked against its endpoint\'s request schema from Adobe\'s OpenAPI file: {"events":[{"xdm":{eventType, timestamp, mediaCollection}}]}, an integer playhead, an ISO 8601 timestamp with a time zone, the types of the detail objects (sessionDetails, advertisingDetails, qoeDataDetails…). The Edge answers 400 (207 for a sessionStart) and the event is not tracked. Missing fields are edge-required-field\'s.',
    choice: 'The schemas are the OpenAPI file\'s as published, with `format: date-time` read as RFC 3339 (a time zone is required, as the troubleshooting page\'s message says). Where the pages disagree with the file, docs/contradictions.md says which we follow (C16 on).',
  },
  triggers: { traits: ['body-not-json', 'schema-issues'] },
  check({ api, body, schemaIssues }, report) {
    if (api.kind !== 'edge') return;
    if (body.kind === 'none') {
      report({ message: message('rules-edge.edge-body-schema.no-body', { shape: EDGE_BODY_SHAPE }), action: message('rules-edge.edge-body-schema.no-body.action') });
      return;
    }
    if (body.kind === 'invalid-json') {
      report({ message: message('rules-edge.edge-body-schema.invalid-json', { error: body.error }), action: message('rules-edge.edge-body-schema.invalid-json.action') });
      return;
    }
    if (body.kind === 'too-deep') {
      report({ message: message('rules-edge.edge-body-schema.too-deep', { depth: body.depth }), action: message('rules-edge.edge-body-schema.too-deep.action', { shape: EDGE_BODY_SHAPE }) });
      return;
    }
    for (let i = 0; i < schemaIssues.length; i++) {
      const issue = schemaIssues[i]!;
      if (issue.keyword === 'required') continue;
      report({ message: issue.message, pointer: issue.pointer, action: message('rules-edge.edge-body-schema.action') });
    }
  },
};
