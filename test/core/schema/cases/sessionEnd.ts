import { type SchemaCase } from './types.js';

const cases: SchemaCase[] = [
  {
    description: 'session-end.md example',
    body: { playerTime: { playhead: 45, ts: 1699523820000 }, eventType: 'sessionEnd' },
    valid: true,
  },
  {
    description: 'ts as an ISO date string',
    body: { playerTime: { playhead: 45, ts: '2023-11-09T10:37:00Z' }, eventType: 'sessionEnd' },
    valid: false,
    pointer: '/playerTime/ts',
    message: 'playerTime.ts must be an integer (got "2023-11-09T10:37:00Z")',
  },
];

export default cases;
