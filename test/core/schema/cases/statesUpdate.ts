import { pt, type SchemaCase } from './types.js';

/** events/player-state/overview.md, "Media Collection API" tab: three bodies (the // comments removed). */
const cases: SchemaCase[] = [
  {
    description: 'player-state overview t0: start mute and picture-in-picture',
    body: {
      eventType: 'statesUpdate',
      params: {
        statesStart: [{ 'media.state.name': 'mute' }, { 'media.state.name': 'pictureInPicture' }],
      },
      playerTime: { playhead: 0, ts: 1569999130627 },
    },
    valid: true,
  },
  {
    description: 'player-state overview t1: end mute and picture-in-picture; start full screen',
    body: {
      eventType: 'statesUpdate',
      params: {
        statesEnd: [{ 'media.state.name': 'mute' }, { 'media.state.name': 'pictureInPicture' }],
        statesStart: [{ 'media.state.name': 'fullScreen' }],
      },
      playerTime: { playhead: 0, ts: 1569999230627 },
    },
    valid: true,
  },
  {
    description: 'player-state overview t2: end full screen',
    body: {
      eventType: 'statesUpdate',
      params: { statesEnd: [{ 'media.state.name': 'fullScreen' }] },
      playerTime: { playhead: 0, ts: 1569999330627 },
    },
    valid: true,
  },
  {
    description: 'neither statesStart nor statesEnd',
    body: { eventType: 'statesUpdate', params: {}, playerTime: pt(0) },
    valid: false,
    pointer: '/params',
    keyword: 'anyOf',
    message: 'statesUpdate params must carry statesStart and/or statesEnd, arrays of {"media.state.name": string}',
    issueCount: 1,
  },
  {
    description: 'statesStart not an array',
    body: { eventType: 'statesUpdate', params: { statesStart: { 'media.state.name': 'mute' } }, playerTime: pt(0) },
    valid: false,
    pointer: '/params/statesStart',
    keyword: 'type',
    message: 'params.statesStart must be an array of {"media.state.name": string} (got {"media.state.name":"mute"})',
  },
  {
    description: 'a state without a name',
    body: { eventType: 'statesUpdate', params: { statesEnd: [{ name: 'mute' }] }, playerTime: pt(0) },
    valid: false,
    pointer: '/params/statesEnd/0',
    keyword: 'required',
    message: 'params.statesEnd[0] is missing "media.state.name"',
  },
  {
    description: 'a state name that is not a string',
    body: { eventType: 'statesUpdate', params: { statesStart: [{ 'media.state.name': 'mute' }, { 'media.state.name': 1 }] }, playerTime: pt(0) },
    valid: false,
    pointer: '/params/statesStart/1/media.state.name',
    message: 'params.statesStart[1].media.state.name must be a string (got 1)',
  },
];

export default cases;
