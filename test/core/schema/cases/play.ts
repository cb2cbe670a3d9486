import { pt, type SchemaCase } from './types.js';

const cases: SchemaCase[] = [
  {
    description: 'play.md example',
    body: { playerTime: { playhead: 0, ts: 1699523820000 }, eventType: 'play' },
    valid: true,
  },
  {
    description: 'play with qoeData (timeline 2 Action 8, with the prefixed key)',
    body: { playerTime: pt(0), eventType: 'play', qoeData: { 'media.qoe.bitrate': 10000 } },
    valid: true,
  },
  {
    description: 'an empty params object is accepted (params is optional on events)',
    body: { playerTime: pt(0), eventType: 'play', params: {} },
    valid: true,
  },
  {
    description: 'timeline 2 play with qoeData {"bitrate": 10000}: accepted by the schema (C7), reported by unknownQoeKeys as a warning',
    body: { playerTime: pt(0), eventType: 'play', qoeData: { bitrate: 10000 } },
    valid: true,
  },
  {
    description: 'customMetadata on play (C2: only sessionStart, adStart, chapterStart)',
    body: { playerTime: pt(0), eventType: 'play', customMetadata: { a: 'b' } },
    valid: false,
    pointer: '/customMetadata',
    keyword: 'additionalProperties',
    message: 'customMetadata is only allowed on sessionStart, adStart, chapterStart, not on play',
  },
  {
    description: 'no playerTime',
    body: { eventType: 'play' },
    valid: false,
    pointer: '',
    keyword: 'required',
    message: 'The body has no playerTime; every request must carry {"playhead": seconds, "ts": milliseconds}',
    issueCount: 1,
  },
];

export default cases;
