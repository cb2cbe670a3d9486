import { pt, TS, type SchemaCase } from './types.js';

/** events/chapters/chapter-start.md, "Media Collection API" tab (verbatim). */
const PAGE = {
  playerTime: { playhead: 0, ts: 1699523820000 },
  eventType: 'chapterStart',
  params: {
    'media.chapter.friendlyName': 'Pilot Episode - Opening',
    'media.chapter.index': 1,
    'media.chapter.offset': 0,
    'media.chapter.length': 240,
  },
};

const cases: SchemaCase[] = [
  { description: 'chapter-start.md example', body: PAGE, valid: true },
  {
    description: 'mc-api-custom-meta.md chapter curl body',
    body: {
      playerTime: { playhead: 600, ts: 1646938200000 },
      eventType: 'chapterStart',
      params: {
        'media.chapter.friendlyName': 'Introduction',
        'media.chapter.length': 300,
        'media.chapter.index': 1,
        'media.chapter.offset': 600,
      },
      customMetadata: { chapterType: 'tutorial', difficulty: 'beginner', instructor: 'Jane Smith' },
    },
    valid: true,
  },
  {
    description: 'timeline 3 second chapter (trailing comma and "<timestamp>" repaired, C14)',
    body: {
      playerTime: { playhead: 22, ts: TS },
      eventType: 'chapterStart',
      params: {
        'media.chapter.index': 2,
        'media.chapter.offset': 22,
        'media.chapter.length': 22,
        'media.chapter.friendlyName': 'Chapter Dos',
      },
    },
    valid: true,
  },
  {
    description: 'chapter length missing',
    body: { ...PAGE, params: { 'media.chapter.index': 1, 'media.chapter.offset': 0 } },
    valid: false,
    pointer: '/params',
    keyword: 'required',
    message: 'params is missing "media.chapter.length", required on chapterStart (a number)',
    issueCount: 1,
  },
  {
    description: 'chapter index as a string',
    body: { ...PAGE, params: { ...PAGE.params, 'media.chapter.index': '1' } },
    valid: false,
    pointer: '/params/media.chapter.index',
    message: 'params.media.chapter.index must be an integer (got "1")',
  },
  {
    description: 'chapter offset as a boolean',
    body: { ...PAGE, params: { ...PAGE.params, 'media.chapter.offset': false } },
    valid: false,
    pointer: '/params/media.chapter.offset',
    keyword: 'type',
  },
  {
    description: 'customMetadata value as a boolean',
    body: { ...PAGE, playerTime: pt(0), customMetadata: { free: true } },
    valid: false,
    pointer: '/customMetadata/free',
    keyword: 'type',
  },
  {
    description: 'customMetadata key made of digits: labelled as a key, not an array index',
    body: { ...PAGE, customMetadata: { '2024': 5 } },
    valid: false,
    pointer: '/customMetadata/2024',
    message: 'customMetadata.2024 must be a string (got 5); customMetadata is a flat object of string values',
  },
];

export default cases;
