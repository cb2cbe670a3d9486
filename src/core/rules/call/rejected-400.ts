import { statusRule } from './http-status.js';

export const rejected400 = statusRule(
  {
    id: 'http-400',
    title: 'rules-call.http-400.title',
    docs: ['requestParams', 'jsonValidation'],
    summary: 'The server rejected the body (400): it breaks the schema and the event is lost.',
  },
  (status) => status === 400,
);
