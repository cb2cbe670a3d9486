import { type SchemaCase } from './types.js';

const cases: SchemaCase[] = [
  {
    description: 'chapter-skip.md example',
    body: { playerTime: { playhead: 60, ts: 1699523820000 }, eventType: 'chapterSkip' },
    valid: true,
  },
  {
    description: 'playerTime without playhead',
    body: { playerTime: { ts: 1699523820000 }, eventType: 'chapterSkip' },
    valid: false,
    pointer: '/playerTime',
    keyword: 'required',
    message: 'playerTime is missing "playhead" (the playhead in seconds, a number)',
  },
];

export default cases;
