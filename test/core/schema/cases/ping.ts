import { pt, type SchemaCase } from './types.js';

const cases: SchemaCase[] = [
  {
    description: 'ping.md example',
    body: { playerTime: { playhead: 10, ts: 1699523820000 }, eventType: 'ping' },
    valid: true,
  },
  {
    description: 'ping with qoeData (qoeData is allowed on every event)',
    body: { playerTime: pt(20), eventType: 'ping', qoeData: { 'media.qoe.droppedFrames': 3 } },
    valid: true,
  },
  {
    description: 'ping with params ("Do not include a params object")',
    body: { playerTime: pt(10), eventType: 'ping', params: {} },
    valid: false,
    pointer: '/params',
    keyword: 'additionalProperties',
    message: 'ping must not carry params ("Do not include a params object")',
    issueCount: 1,
  },
  {
    description: 'ts with a fraction',
    body: { playerTime: { playhead: 10, ts: 1699523820000.5 }, eventType: 'ping' },
    valid: false,
    pointer: '/playerTime/ts',
    keyword: 'type',
    message: 'playerTime.ts must be an integer (got 1699523820000.5)',
  },
];

export default cases;
