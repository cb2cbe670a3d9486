import type { CallRule } from '../rule.js';

export const bodySchema: CallRule = {
  kind: 'call',
  meta: {
    id: 'body-schema',
    title: 'Body breaks the schema',
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
      report({ message: 'The request has no body: every call needs a JSON body with playerTime and eventType.', action: 'Send the event as JSON with Content-Type: application/json.' });
      return;
    }
    if (body.kind === 'invalid-json') {
      report({ message: `The body is not valid JSON (${body.error}).`, action: 'Serialise the event with JSON.stringify; the server answers 400.' });
      return;
    }
    if (body.kind === 'too-deep') {
      report({ message: `The body is nested ${body.depth} levels deep; a Media Collection body nests at most 4 (it is not inspected further).`, action: 'Send the event as a JSON object of the documented shape: playerTime, eventType and params, whose values are plain strings and numbers.' });
      return;
    }
    for (let i = 0; i < schemaIssues.length; i++) {
      const issue = schemaIssues[i]!;
      report({ message: issue.message, pointer: issue.pointer, action: 'Fix the body to match the event\'s schema (GET /api/v1/schemas/{eventType} serves the server\'s own); the server answers 400 and drops it.' });
    }
  },
};
