import { pt, TS, type SchemaCase } from './types.js';

const PAGE = {
  playerTime: { playhead: 0, ts: 1699523820000 },
  eventType: 'adBreakStart',
  params: {
    'media.ad.podFriendlyName': 'pre-roll',
    'media.ad.podIndex': 1,
    'media.ad.podSecond': 0,
  },
};

const cases: SchemaCase[] = [
  { description: 'ad-break-start.md example (podIndex 1, C6)', body: PAGE, valid: true },
  {
    description: 'timeline 1 pre-roll (podIndex 0, C6; ts "<timestamp>" repaired, C14)',
    body: {
      playerTime: { playhead: 0, ts: TS },
      eventType: 'adBreakStart',
      params: { 'media.ad.podFriendlyName': 'ad_pod1', 'media.ad.podIndex': 0, 'media.ad.podSecond': 0 },
    },
    valid: true,
  },
  {
    description: 'mid-roll without a friendly name, podSecond a float',
    body: { playerTime: pt(21), eventType: 'adBreakStart', params: { 'media.ad.podIndex': 1, 'media.ad.podSecond': 21.5 } },
    valid: true,
  },
  {
    description: 'podIndex as a string',
    body: { ...PAGE, params: { ...PAGE.params, 'media.ad.podIndex': '1' } },
    valid: false,
    pointer: '/params/media.ad.podIndex',
    keyword: 'type',
    message: 'params.media.ad.podIndex must be an integer (got "1")',
    issueCount: 1,
  },
  {
    description: 'podIndex with a fraction',
    body: { ...PAGE, params: { ...PAGE.params, 'media.ad.podIndex': 1.5 } },
    valid: false,
    pointer: '/params/media.ad.podIndex',
    message: 'params.media.ad.podIndex must be an integer (got 1.5)',
  },
  {
    description: 'podIndex missing',
    body: { ...PAGE, params: { 'media.ad.podSecond': 0 } },
    valid: false,
    pointer: '/params',
    keyword: 'required',
    message: 'params is missing "media.ad.podIndex", required on adBreakStart (an integer)',
  },
  {
    description: 'podSecond as a string',
    body: { ...PAGE, params: { ...PAGE.params, 'media.ad.podSecond': '0' } },
    valid: false,
    pointer: '/params/media.ad.podSecond',
    message: 'params.media.ad.podSecond must be a number (got "0")',
  },
  {
    description: 'no params at all',
    body: { playerTime: pt(0), eventType: 'adBreakStart' },
    valid: false,
    pointer: '',
    keyword: 'required',
    message: 'adBreakStart must carry a params object (required on adBreakStart)',
  },
];

export default cases;
