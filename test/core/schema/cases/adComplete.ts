import { pt, type SchemaCase } from './types.js';

const cases: SchemaCase[] = [
  {
    description: 'ad-complete.md example',
    body: { playerTime: { playhead: 15, ts: 1699523820000 }, eventType: 'adComplete' },
    valid: true,
  },
  {
    description: 'customMetadata on adComplete (only on the start events)',
    body: { playerTime: pt(15), eventType: 'adComplete', customMetadata: { k: 'v' } },
    valid: false,
    pointer: '/customMetadata',
    message: 'customMetadata is only allowed on sessionStart, adStart, chapterStart, not on adComplete',
  },
];

export default cases;
