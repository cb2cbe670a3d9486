import { edgeStatusRule } from './edge-status-rule.js';

export const edgeMultiStatus207 = edgeStatusRule(
  {
    id: 'edge-http-207',
    title: 'rules-edge.edge-http-207.title',
    docs: ['edgeMediaTroubleshooting', 'edgeTroubleshooting', 'edgeApiReference'],
    summary:
      'A sessionStart the Media Edge API finds invalid is answered 207 Multi-Status, not 400: its body lists the errors (type `va-edge-0400-400`, the field at fault and why) and carries no new-session handle, so no session was opened. Upstream non-fatal errors (`EXEG-…`) also come as a 207.',
  },
  (status) => status === 207,
);
