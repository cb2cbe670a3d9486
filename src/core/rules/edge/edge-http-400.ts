import { edgeStatusRule } from './edge-status-rule.js';

export const edgeRejected400 = edgeStatusRule(
  {
    id: 'edge-http-400',
    title: 'rules-edge.edge-http-400.title',
    docs: ['edgeMediaTroubleshooting', 'edgeApiReference'],
    summary:
      'The Media Edge API answers 400 to an event whose body breaks the schema, or whose xdm.eventType differs from the path; the problem details name the field at fault. The event is not tracked.',
  },
  (status) => status === 400,
);
