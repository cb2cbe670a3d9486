import { statusRule } from './http-status.js';

export const serverError5xx = statusRule(
  {
    id: 'http-5xx',
    title: 'rules-call.http-5xx.title',
    docs: ['eventsRequest', 'sessionsRequest'],
    // Edge Network's error model: which 5xx a client retries (502, 503, 504) and which it does not.
    edgeDocs: ['edgeTroubleshooting', 'edgeApiReference'],
    summary: 'The server failed (5xx) and the event is lost; the docs give no client action.',
  },
  (status) => status >= 500,
);
