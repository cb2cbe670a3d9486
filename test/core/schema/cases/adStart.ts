import { pt, TS, type SchemaCase } from './types.js';

/** events/ads/ad-start.md, "Media Collection API" tab (verbatim). */
const PAGE = {
  playerTime: { playhead: 0, ts: 1699523820000 },
  eventType: 'adStart',
  params: {
    'media.ad.id': 'ad-2125',
    'media.ad.name': 'Ford F-150',
    'media.ad.length': 15,
    'media.ad.podPosition': 0,
  },
};

const cases: SchemaCase[] = [
  {
    description: 'ad-start.md example (no media.ad.playerName: C10, advisory; podPosition 0: C5)',
    body: PAGE,
    valid: true,
  },
  {
    description: 'mc-api-custom-meta.md ad curl body',
    body: {
      playerTime: { playhead: 30, ts: 1646938830000 },
      eventType: 'adStart',
      params: {
        'media.ad.id': 'summer-sale-2026',
        'media.ad.name': 'Summer Sale Ad',
        'media.ad.length': 30,
        'media.ad.playerName': 'HTML5 Player',
        'media.ad.podPosition': 1,
      },
      customMetadata: { campaignId: 'SUMMER2026', targetAudience: '18-34', adFormat: 'skippable' },
    },
    valid: true,
  },
  {
    description: 'timeline 1 Ad 1 (podFriendlyName on adStart, C10: accepted; ts repaired, C14)',
    body: {
      playerTime: { playhead: 0, ts: TS },
      eventType: 'adStart',
      params: {
        'media.ad.podFriendlyName': 'ad_pod1',
        'media.ad.name': 'Ad 1',
        'media.ad.id': '001',
        'media.ad.length': 15,
        'media.ad.podPosition': 1,
        'media.ad.playerName': 'Sample Player',
        'media.ad.advertiser': 'Ad Guys',
        'media.ad.campaignId': '1',
        'media.ad.creativeId': '42',
        'media.ad.siteId': 'XYZ',
        'media.ad.creativeURL': 'https://example.com',
        'media.ad.placementId': 'sample_placement',
      },
      customMetadata: { myCustomData1: 'CustomData1', myCustomData2: 'CustomData2' },
    },
    valid: true,
  },
  {
    description: 'media.ad.id missing',
    body: { playerTime: pt(0), eventType: 'adStart', params: { 'media.ad.length': 15, 'media.ad.podPosition': 0 } },
    valid: false,
    pointer: '/params',
    keyword: 'required',
    message: 'params is missing "media.ad.id", required on adStart (a string)',
    issueCount: 1,
  },
  {
    description: 'ad length as a string',
    body: { ...PAGE, params: { ...PAGE.params, 'media.ad.length': '15' } },
    valid: false,
    pointer: '/params/media.ad.length',
    message: 'params.media.ad.length must be a number (got "15")',
  },
  {
    description: 'podPosition as a string',
    body: { ...PAGE, params: { ...PAGE.params, 'media.ad.podPosition': '0' } },
    valid: false,
    pointer: '/params/media.ad.podPosition',
    message: 'params.media.ad.podPosition must be an integer (got "0")',
  },
  {
    description: 'media.ad.playerName present but not a string (advisory keys are still typed)',
    body: { ...PAGE, params: { ...PAGE.params, 'media.ad.playerName': 7 } },
    valid: false,
    pointer: '/params/media.ad.playerName',
    message: 'params.media.ad.playerName must be a string (got 7)',
  },
  {
    description: 'customMetadata key with a space',
    body: { ...PAGE, customMetadata: { 'ad format': 'skippable' } },
    valid: false,
    pointer: '/customMetadata/ad format',
    keyword: 'additionalProperties',
  },
  {
    description: 'customMetadata key with a slash (pointer escaped as ~1)',
    body: { ...PAGE, customMetadata: { 'a/b': 'x' } },
    valid: false,
    pointer: '/customMetadata/a~1b',
    keyword: 'additionalProperties',
  },
];

export default cases;
