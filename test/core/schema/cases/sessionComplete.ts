import { type SchemaCase } from './types.js';

const cases: SchemaCase[] = [
  {
    description: 'session-complete.md example',
    body: { playerTime: { playhead: 128, ts: 1699523820000 }, eventType: 'sessionComplete' },
    valid: true,
  },
  {
    description: 'several errors at once: all reported (allErrors)',
    body: { playerTime: { playhead: -3, ts: 1.5 }, eventType: 'sessionComplete', extra: true },
    valid: false,
    pointer: '/playerTime/playhead',
    keyword: 'minimum',
    issueCount: 3,
  },
];

export default cases;
