import { message } from '../../../i18n/message.js';
import type { CallRule } from '../rule.js';

export const bodySchema: CallRule = {
  kind: 'call',
  meta: {
    id: 'body-schema',
    title: 'rules-call.body-schema.title',
    severity: 'error',
    docs: ['jsonValidation', 'validateRequests', 'requestParams'],
    summary:
      'Each body is checked against a JSON schema for its eventType: playerTime {playhead, ts}, the eventType, the params the event requires and their types, qoeData, and customMetadata (flat, string values, only on sessionStart, adStart and chapterStart). The server answers 400 to a body that breaks its schema, and the event is lost.',
    choice:
      'Adobe\'s schemas are served only at run time and are not published; ours are built from the request-parameters page and the event pages. Where those pages disagree, the schema keeps to what all agree on, and the rest is reported as warnings by advisory-param and unknown-param.',
  },
  // A JSON body is validated by the inspector, once per call: the rule runs only on bodies that
  // are not JSON or that break their schema, which are few.
  triggers: { traits: ['body-not-json', 'schema-issues'] },
  check({ body, schemaIssues }, report) {
    if (body.kind === 'none') {
      report({ message: message('rules-call.body-schema.no-body'), action: message('rules-call.body-schema.no-body.action') });
      return;
    }
    if (body.kind === 'invalid-json') {
      report({ message: message('rules-call.body-schema.invalid-json', { error: body.error }), action: message('rules-call.body-schema.invalid-json.action') });
      return;
    }
    if (body.kind === 'too-deep') {
      report({ message: message('rules-call.body-schema.too-deep', { depth: body.depth }), action: message('rules-call.body-schema.too-deep.action') });
      return;
    }
    const action = message('rules-call.body-schema.issue.action');
    for (let i = 0; i < schemaIssues.length; i++) {
      const issue = schemaIssues[i]!;
      report({ message: issue.message, pointer: issue.pointer, action });
    }
  },
};
