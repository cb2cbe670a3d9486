import { pt, type SchemaCase } from './types.js';

const cases: SchemaCase[] = [
  {
    description: 'buffer-start.md example',
    body: { playerTime: { playhead: 45, ts: 1699523820000 }, eventType: 'bufferStart' },
    valid: true,
  },
  {
    description: 'bufferStart with QoE data (the quality pages send QoE with buffer start)',
    body: { playerTime: pt(45), eventType: 'bufferStart', qoeData: { 'media.qoe.droppedFrames': 12 } },
    valid: true,
  },
  {
    description: 'playhead as a string',
    body: { playerTime: { playhead: '45', ts: 1699523820000 }, eventType: 'bufferStart' },
    valid: false,
    pointer: '/playerTime/playhead',
    keyword: 'type',
    message: 'playerTime.playhead must be a number (got "45")',
    issueCount: 1,
  },
];

export default cases;
