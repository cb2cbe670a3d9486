import { statusRule } from './http-status.js';

export const notFound404 = statusRule(
  {
    id: 'http-404',
    title: 'rules-call.http-404.title',
    docs: ['eventsRequest'],
    summary: 'The sid is unknown to the server (404): the event is lost. Create a new session and report on it.',
  },
  (status) => status === 404,
);
