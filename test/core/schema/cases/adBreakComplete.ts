import { pt, type SchemaCase } from './types.js';

const cases: SchemaCase[] = [
  {
    description: 'ad-break-complete.md example',
    body: { playerTime: { playhead: 0, ts: 1699523820000 }, eventType: 'adBreakComplete' },
    valid: true,
  },
  {
    description: 'unknown top-level key',
    body: { playerTime: pt(0), eventType: 'adBreakComplete', adBreakId: 1 },
    valid: false,
    pointer: '/adBreakId',
    message: 'Unknown top-level key "adBreakId": the body of adBreakComplete may carry only playerTime, eventType, params, qoeData',
  },
];

export default cases;
