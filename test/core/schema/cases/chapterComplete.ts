import { pt, type SchemaCase } from './types.js';

const cases: SchemaCase[] = [
  {
    description: 'chapter-complete.md example',
    body: { playerTime: { playhead: 240, ts: 1699523820000 }, eventType: 'chapterComplete' },
    valid: true,
  },
  {
    description: 'customMetadata on chapterComplete',
    body: { playerTime: pt(240), eventType: 'chapterComplete', customMetadata: { k: 'v' } },
    valid: false,
    pointer: '/customMetadata',
    keyword: 'additionalProperties',
  },
];

export default cases;
