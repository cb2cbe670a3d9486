import { pt, type SchemaCase } from './types.js';

const cases: SchemaCase[] = [
  {
    description: 'pause-start.md example',
    body: { playerTime: { playhead: 30, ts: 1699523820000 }, eventType: 'pauseStart' },
    valid: true,
  },
  {
    description: 'customMetadata on pauseStart',
    body: { playerTime: pt(30), eventType: 'pauseStart', customMetadata: {} },
    valid: false,
    pointer: '/customMetadata',
    message: /only allowed on sessionStart, adStart, chapterStart, not on pauseStart/,
  },
  {
    description: 'playerTime as an array',
    body: { playerTime: [30, 1699523820000], eventType: 'pauseStart' },
    valid: false,
    pointer: '/playerTime',
    keyword: 'type',
    message: 'playerTime must be an object (got [30,1699523820000])',
  },
];

export default cases;
