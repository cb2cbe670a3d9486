import { pt, type SchemaCase } from './types.js';

const cases: SchemaCase[] = [
  {
    description: 'state-start.md example',
    body: {
      playerTime: { playhead: 60, ts: 1699523820000 },
      eventType: 'stateStart',
      params: { 'media.state.name': 'fullscreen' },
    },
    valid: true,
  },
  {
    description: '"fullScreen" spelling of the player-state overview (C4)',
    body: { playerTime: pt(60), eventType: 'stateStart', params: { 'media.state.name': 'fullScreen' } },
    valid: true,
  },
  {
    description: 'a custom state',
    body: { playerTime: pt(60), eventType: 'stateStart', params: { 'media.state.name': 'theaterMode' } },
    valid: true,
  },
  {
    description: 'state name missing',
    body: { playerTime: pt(60), eventType: 'stateStart', params: {} },
    valid: false,
    pointer: '/params',
    keyword: 'required',
    message: /^params is missing "media\.state\.name", required on stateStart/,
  },
  {
    description: 'no params',
    body: { playerTime: pt(60), eventType: 'stateStart' },
    valid: false,
    pointer: '',
    message: 'stateStart must carry a params object (required on stateStart)',
  },
  {
    description: 'the old page\'s "media.stateName" (C4): the required key is still missing',
    body: { playerTime: pt(60), eventType: 'stateStart', params: { 'media.stateName': 'mute' } },
    valid: false,
    pointer: '/params',
    keyword: 'required',
  },
];

export default cases;
