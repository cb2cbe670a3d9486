import { statusRule } from './http-status.js';

export const gone410 = statusRule(
  {
    id: 'http-410',
    title: 'rules-call.http-410.title',
    docs: ['eventsRequest', 'timeout'],
    summary: 'The session has ended or timed out (410): the server no longer accepts events for it. Create a new session and report on it.',
  },
  (status) => status === 410,
);
