import { edgeStatusRule } from './edge-status-rule.js';

export const edgeNotFound404 = edgeStatusRule(
  {
    id: 'edge-http-404',
    title: 'rules-edge.edge-http-404.title',
    docs: ['edgeApiReference', 'edgeSessions'],
    summary:
      'An event whose sessionID the Media Edge API does not know, or whose session ended or is older than 24 hours, is answered 404 (`va-edge-0404-404`): it is lost. Start a new session.',
    choice: 'The OpenAPI file answers a session older than 24 hours with 404, an earlier troubleshooting page with 410 Gone (C19): a 410 is reported by edge-unexpected-status.',
  },
  (status) => status === 404,
);
