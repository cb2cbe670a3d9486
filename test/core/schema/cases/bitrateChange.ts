import { pt, type SchemaCase } from './types.js';

const cases: SchemaCase[] = [
  {
    description: 'bitrate-change.md example (new bitrate in qoeData)',
    body: {
      playerTime: { playhead: 90, ts: 1699523820000 },
      eventType: 'bitrateChange',
      qoeData: { 'media.qoe.bitrate': 3200 },
    },
    valid: true,
  },
  {
    description: 'bitrateChange without qoeData: accepted (missingAdvisoryQoe warns)',
    body: { playerTime: pt(90), eventType: 'bitrateChange' },
    valid: true,
  },
  {
    description: 'variables/quality/bitrate-change.md puts the bitrate in params (C7): accepted, params is open',
    body: { playerTime: pt(90), eventType: 'bitrateChange', params: { 'media.qoe.bitrate': 4500 } },
    valid: true,
  },
  {
    description: 'bitrate as a string',
    body: { playerTime: pt(90), eventType: 'bitrateChange', qoeData: { 'media.qoe.bitrate': '3200' } },
    valid: false,
    pointer: '/qoeData/media.qoe.bitrate',
    keyword: 'type',
    message: 'qoeData.media.qoe.bitrate must be an integer (got "3200")',
  },
  {
    description: 'qoeData not an object',
    body: { playerTime: pt(90), eventType: 'bitrateChange', qoeData: 3200 },
    valid: false,
    pointer: '/qoeData',
    keyword: 'type',
    message: 'qoeData must be an object (got 3200)',
  },
];

export default cases;
