import { pt, type SchemaCase } from './types.js';

/** events/error.md, "Media Collection API" tab (verbatim). */
const PAGE = {
  playerTime: { playhead: 45, ts: 1699523820000 },
  eventType: 'error',
  params: { 'media.errorId': 'media-error-001', 'media.errorSource': 'player' },
};

const cases: SchemaCase[] = [
  { description: 'error.md example', body: PAGE, valid: true },
  {
    description: 'timeline 2 error with no params (C9: params optional; missingAdvisoryParams warns)',
    body: { playerTime: pt(20), eventType: 'error' },
    valid: true,
  },
  {
    description: 'external error source',
    body: { ...PAGE, params: { 'media.errorId': 'cdn-503', 'media.errorSource': 'external' } },
    valid: true,
  },
  {
    description: 'only an error id',
    body: { ...PAGE, params: { 'media.errorId': 'e-1' } },
    valid: true,
  },
  {
    description: 'error source outside player|external ("accepts only two values")',
    body: { ...PAGE, params: { 'media.errorId': 'e-1', 'media.errorSource': 'cdn' } },
    valid: false,
    pointer: '/params/media.errorSource',
    keyword: 'enum',
    message: 'params.media.errorSource must be one of "player", "external" (got "cdn")',
    issueCount: 1,
  },
  {
    description: 'error id as a number',
    body: { ...PAGE, params: { 'media.errorId': 404, 'media.errorSource': 'player' } },
    valid: false,
    pointer: '/params/media.errorId',
    message: 'params.media.errorId must be a string (got 404)',
  },
  {
    description: 'params as a string',
    body: { ...PAGE, params: 'media-error-001' },
    valid: false,
    pointer: '/params',
    keyword: 'type',
  },
];

export default cases;
