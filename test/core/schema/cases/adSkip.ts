import { type SchemaCase } from './types.js';

const cases: SchemaCase[] = [
  {
    description: 'ad-skip.md example',
    body: { playerTime: { playhead: 5, ts: 1699523820000 }, eventType: 'adSkip' },
    valid: true,
  },
  {
    description: 'playerTime null',
    body: { playerTime: null, eventType: 'adSkip' },
    valid: false,
    pointer: '/playerTime',
    keyword: 'type',
    message: 'playerTime must be an object (got null)',
  },
];

export default cases;
