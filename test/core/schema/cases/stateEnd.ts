import { pt, type SchemaCase } from './types.js';

const cases: SchemaCase[] = [
  {
    description: 'state-end.md example',
    body: {
      playerTime: { playhead: 90, ts: 1699523820000 },
      eventType: 'stateEnd',
      params: { 'media.state.name': 'fullscreen' },
    },
    valid: true,
  },
  {
    description: 'state name as a number',
    body: { playerTime: pt(90), eventType: 'stateEnd', params: { 'media.state.name': 1 } },
    valid: false,
    pointer: '/params/media.state.name',
    keyword: 'type',
    message: 'params.media.state.name must be a string (got 1)',
  },
];

export default cases;
