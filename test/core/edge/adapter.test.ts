import { describe, expect, test } from 'vitest';
import { classifyCall } from '../../../src/core/classify.js';
import { EDGE_ACTIONS } from '../../../src/core/edge/edge-actions.js';
import { downloadedMediaEvents, edgeToMediaEvent, eventTypeOfBody } from '../../../src/core/edge/edge-event.js';
import { edgeSchemaIssues } from '../../../src/core/edge/schema/validate-edge-body.js';
import { edgeSchema } from '../../../src/core/edge/schema/edge-schemas.js';
import { english } from '../../../src/i18n/translator.js';
import { iso } from '../../support/edge-calls.js';

const T0 = Date.UTC(2024, 4, 1, 12, 0, 0);
const SID = 'f'.repeat(64);

/** A complete, valid xdm for each action, with every detail object the action takes. */
const DETAILS: Record<string, Record<string, unknown>> = {
  sessionStart: {
    sessionDetails: { name: 'vid-1', friendlyName: 'Big Buck Bunny', length: 600, contentType: 'vod', playerName: 'p', channel: 'c', streamType: 'video', show: 'S' },
    customMetadata: [{ name: 'genre', value: 'drama' }],
    qoeDataDetails: { timeToStart: 2 },
  },
  adBreakStart: { advertisingPodDetails: { index: 1, offset: 0, friendlyName: 'pre-roll' } },
  adStart: { advertisingDetails: { name: 'ad-1', friendlyName: 'Ad one', length: 15, podPosition: 1, playerName: 'p' }, customMetadata: [{ name: 'campaign', value: 'x' }] },
  chapterStart: { chapterDetails: { index: 1, offset: 0, length: 60, friendlyName: 'Intro' } },
  error: { errorDetails: { name: 'E42', source: 'player' } },
  bitrateChange: { qoeDataDetails: { bitrate: 3000, droppedFrames: 1, framesPerSecond: 30, timeToStart: 2 } },
  statesUpdate: { statesStart: [{ name: 'fullscreen' }, { name: 'mute' }], statesEnd: [{ name: 'pictureInPicture' }] },
};

function xdmOf(action: string, playhead = 7): Record<string, unknown> {
  const mediaCollection: Record<string, unknown> = { playhead, ...structuredClone(DETAILS[action] ?? {}) };
  if (action !== 'sessionStart') mediaCollection['sessionID'] = SID;
  return { eventType: `media.${action}`, timestamp: iso(T0 + 1500), mediaCollection };
}

const EVENT_ACTIONS = EDGE_ACTIONS.filter((a) => a !== 'downloaded');

describe('the adapter turns each Media Edge event into the media event the rules judge', () => {
  test.each(EVENT_ACTIONS)('%s', (action) => {
    const event = edgeToMediaEvent(xdmOf(action), 'call-1', action === 'sessionStart')!;
    expect(event.eventType).toBe(action);
    expect(event.ts).toBe(T0 + 1500);
    expect(event.playhead).toBe(7);
    expect(event.callId).toBe('call-1');
    expect(event.viaSessions).toBe(action === 'sessionStart');
    expect(edgeSchemaIssues({ events: [{ xdm: xdmOf(action) }] }, action, 0), 'the sample is valid').toEqual([]);
  });

  test('the detail objects become the Media Collection API parameters they stand for', () => {
    expect(edgeToMediaEvent(xdmOf('sessionStart'), 'c', true)!.params).toMatchObject({
      'media.id': 'vid-1',
      'media.name': 'Big Buck Bunny',
      'media.length': 600,
      'media.contentType': 'vod',
      'media.playerName': 'p',
      'media.channel': 'c',
      'media.streamType': 'video',
      'media.show': 'S',
    });
    expect(edgeToMediaEvent(xdmOf('adBreakStart'), 'c', false)!.params).toEqual({ 'media.ad.podIndex': 1, 'media.ad.podSecond': 0, 'media.ad.podFriendlyName': 'pre-roll' });
    expect(edgeToMediaEvent(xdmOf('adStart'), 'c', false)!.params).toEqual({
      'media.ad.id': 'ad-1',
      'media.ad.name': 'Ad one',
      'media.ad.length': 15,
      'media.ad.podPosition': 1,
      'media.ad.playerName': 'p',
    });
    expect(edgeToMediaEvent(xdmOf('chapterStart'), 'c', false)!.params).toEqual({
      'media.chapter.index': 1,
      'media.chapter.offset': 0,
      'media.chapter.length': 60,
      'media.chapter.friendlyName': 'Intro',
    });
    expect(edgeToMediaEvent(xdmOf('error'), 'c', false)!.params).toEqual({ 'media.qoe.errorID': 'E42', 'media.qoe.errorSource': 'player' });
    expect(edgeToMediaEvent(xdmOf('bitrateChange'), 'c', false)!.qoeData).toEqual({
      'media.qoe.bitrate': 3000,
      'media.qoe.droppedFrames': 1,
      'media.qoe.framesPerSecond': 30,
      'media.qoe.timeToStart': 2,
    });
    expect(edgeToMediaEvent(xdmOf('statesUpdate'), 'c', false)!.params).toEqual({
      statesStart: [{ 'media.state.name': 'fullscreen' }, { 'media.state.name': 'mute' }],
      statesEnd: [{ 'media.state.name': 'pictureInPicture' }],
    });
    expect(edgeToMediaEvent(xdmOf('adStart'), 'c', false)!.customMetadata).toEqual({ campaign: 'x' });
    expect(edgeToMediaEvent(xdmOf('play'), 'c', false)!.params).toBeUndefined();
  });

  test('an event the rules cannot place in time is not made: no timestamp, a bad one, no playhead, an unknown type', () => {
    const x = xdmOf('play');
    expect(edgeToMediaEvent({ ...x, timestamp: undefined }, 'c', false)).toBeUndefined();
    expect(edgeToMediaEvent({ ...x, timestamp: 'yesterday' }, 'c', false)).toBeUndefined();
    expect(edgeToMediaEvent({ ...x, mediaCollection: { sessionID: SID } }, 'c', false)).toBeUndefined();
    expect(edgeToMediaEvent({ ...x, eventType: 'media.resume' }, 'c', false)).toBeUndefined();
    expect(edgeToMediaEvent({ ...x, eventType: 'web.webpagedetails.pageViews' }, 'c', false)).toBeUndefined();
  });

  test('downloaded: each item of mediaDownloadedEvents is one event of the offline session', () => {
    const items = ['sessionStart', 'play', 'ping', 'sessionComplete'].map((type, i) => ({
      mediaEventType: `media.${type}`,
      mediaEventTimestamp: iso(T0 + i * 10_000),
      mediaCollection: { playhead: i * 10, ...(type === 'sessionStart' ? DETAILS['sessionStart'] : {}) },
    }));
    const events = downloadedMediaEvents({ eventType: 'media.downloaded', mediaDownloadedEvents: items }, 'dl');
    expect(events.map((e) => [e.eventType, e.ts - T0, e.playhead, e.viaSessions])).toEqual([
      ['sessionStart', 0, 0, true],
      ['play', 10_000, 10, false],
      ['ping', 20_000, 20, false],
      ['sessionComplete', 30_000, 30, false],
    ]);
  });
});

describe('the event type a Media Edge body names, as the list and the reports show it', () => {
  const body = (...types: unknown[]) => ({ events: types.map((eventType) => ({ xdm: { eventType } })) });

  test('the first media event\'s type, without its prefix, wherever it sits', () => {
    expect(eventTypeOfBody(body('media.adStart'))).toBe('adStart');
    expect(eventTypeOfBody(body('web.webpagedetails.pageViews', 7, 'media.sessionStart'))).toBe('sessionStart');
  });

  test('with no media event, the first eventType as sent: HTML is shown as its characters, not as "no eventType"', () => {
    const html = '<img src=x onerror="window.top.__pwned=1">';
    expect(eventTypeOfBody(body(html))).toBe(html);
    expect(eventTypeOfBody(body(null, 'play'))).toBe('play');
  });

  test('none when no event names a type', () => {
    expect(eventTypeOfBody(body())).toBeUndefined();
    expect(eventTypeOfBody(body(7, null))).toBeUndefined();
    expect(eventTypeOfBody({ events: 'x' })).toBeUndefined();
  });
});

describe('the OpenAPI schema of each endpoint, precompiled', () => {
  /** Every required key of the endpoint's event, as [pointer of its object, key]. */
  function requiredKeys(schema: Record<string, unknown>, pointer: string): [string, string][] {
    const out: [string, string][] = [];
    for (const key of (schema['required'] as string[] | undefined) ?? []) {
      out.push([pointer, key]);
      const child = (schema['properties'] as Record<string, Record<string, unknown>> | undefined)?.[key];
      if (child?.['type'] === 'object') out.push(...requiredKeys(child, `${pointer}/${key}`));
    }
    return out;
  }
  const cases = EVENT_ACTIONS.flatMap((action) => {
    const item = (edgeSchema(action)['properties'] as any).events.items;
    return requiredKeys(item, '/events/0').map(([at, key]) => [action, `${at}/${key}`.replace('/events/0/', ''), at, key] as const);
  });

  test.each(cases)('%s without %s is missing a required field', (action, _path, at, key) => {
    const body = { events: [{ xdm: xdmOf(action) }] } as Record<string, any>;
    const parent = at.split('/').slice(1).reduce((o, k) => o[k], body);
    delete parent[key];
    const issues = edgeSchemaIssues(body, action, 0);
    expect(issues).toContainEqual(expect.objectContaining({ keyword: 'required', pointer: at }));
    expect(english.text(issues.find((i) => i.pointer === at)!.message)).toContain(`${key} is missing`);
  });

  test('required keys of every event are checked: at least sessionID, playhead, timestamp on each', () => {
    for (const action of EVENT_ACTIONS.filter((a) => a !== 'sessionStart')) {
      expect(cases.filter((c) => c[0] === action).map((c) => c[1])).toEqual(expect.arrayContaining(['xdm/timestamp', 'xdm/mediaCollection/playhead', 'xdm/mediaCollection/sessionID']));
    }
  });

  test('types and formats: an integer playhead, an ISO timestamp with a zone, the documented enums', () => {
    const with_ = (patch: (x: any) => void, action = 'play') => {
      const xdm = xdmOf(action) as any;
      patch(xdm);
      return edgeSchemaIssues({ events: [{ xdm }] }, action, 0).map((i) => [i.keyword, i.pointer]);
    };
    expect(with_((x) => (x.mediaCollection.playhead = 1.5))).toEqual([['type', '/events/0/xdm/mediaCollection/playhead']]);
    expect(with_((x) => (x.timestamp = '2024-05-01 12:00:00'))).toEqual([['pattern', '/events/0/xdm/timestamp']]);
    expect(with_((x) => (x.timestamp = '2024-05-01T12:00:00+02:00'))).toEqual([]);
    expect(with_((x) => (x.mediaCollection.errorDetails.source = 'cdn'), 'error')).toEqual([['enum', '/events/0/xdm/mediaCollection/errorDetails/source']]);
    expect(with_((x) => (x.mediaCollection.sessionDetails.streamType = 'tv'), 'sessionStart')).toEqual([['enum', '/events/0/xdm/mediaCollection/sessionDetails/streamType']]);
  });

  test('in an interact call only the media event is validated, and the pointer names its place', () => {
    const body = { events: [{ xdm: { eventType: 'web.webpagedetails.pageViews' } }, { xdm: { ...xdmOf('sessionStart'), timestamp: 'now' } }] };
    expect(edgeSchemaIssues(body, 'sessionStart', 1).map((i) => i.pointer)).toEqual(['/events/1/xdm/timestamp']);
  });
});

describe('recognising Media Edge calls by their path', () => {
  test.each([
    ['https://edge.adobedc.net/ee/va/v1/sessionStart?configId=x', { endpoint: 'va', action: 'sessionStart', base: 'https://edge.adobedc.net/ee' }],
    ['https://edge.adobedc.net/ee/or2/va/v1/adStart?configId=x&requestId=y', { endpoint: 'va', action: 'adStart', locationHint: 'or2', base: 'https://edge.adobedc.net/ee' }],
    ['https://data.example.com/ee/irl1/va/v1/ping', { endpoint: 'va', action: 'ping', locationHint: 'irl1', base: 'https://data.example.com/ee' }],
    ['https://metrics.example.com/collect/t34/va/v1/play', { endpoint: 'va', action: 'play', locationHint: 't34', base: 'https://metrics.example.com/collect' }],
    ['https://edge.adobedc.net/ee-pre-prd/va/v1/play', { endpoint: 'va', action: 'play', base: 'https://edge.adobedc.net/ee-pre-prd' }],
    ['https://edge.adobedc.net/ee/v1/interact?configId=x', { endpoint: 'interact', action: 'interact', base: 'https://edge.adobedc.net/ee' }],
    ['https://edge.adobedc.net/ee/va6/v1/collect?configId=x', { endpoint: 'collect', action: 'collect', locationHint: 'va6', base: 'https://edge.adobedc.net/ee' }],
  ])('%s', (url, expected) => {
    expect(classifyCall('POST', url)).toEqual({ kind: 'edge', ...expected });
  });

  test('other traffic is not: a GET, the bare host, a path that only looks alike', () => {
    expect(classifyCall('GET', 'https://edge.adobedc.net/ee/va/v1/play')).toBeNull();
    expect(classifyCall('POST', 'https://edge.adobedc.net/')).toBeNull();
    expect(classifyCall('POST', 'https://edge.adobedc.net/va/v1/play/extra')).toBeNull();
    expect(classifyCall('POST', 'https://edge.adobedc.net/v1/interact')).toBeNull();
  });
});
