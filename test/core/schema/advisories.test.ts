import { describe, expect, it } from 'vitest';
import { english } from '../../../src/i18n/translator.js';
import {
  customMetadataAdvisories,
  missingAdvisoryParams,
  missingAdvisoryQoe,
  unknownParams,
  unrecommendedValues,
} from '../../../src/core/schema/advisories.js';

describe('customMetadataAdvisories', () => {
  it('warns about media. and a. prefixes only', () => {
    const out = customMetadataAdvisories({
      eventType: 'adStart',
      customMetadata: { 'media.show': 'x', 'a.media.channel': 'y', campaign: 'z', 'mediaKind': 'w' },
    });
    expect(out.map((a) => a.pointer)).toEqual(['/customMetadata/media.show', '/customMetadata/a.media.channel']);
    expect(english.text(out[0]!.message)).toMatch(/may overwrite them/);
    expect(english.text(out[1]!.message)).toMatch(/reserved for Adobe standard metadata and must not be used/);
    expect(out.every((a) => a.severity === 'warning')).toBe(true);
  });

  it('ignores bodies without an object customMetadata', () => {
    expect(customMetadataAdvisories(null)).toEqual([]);
    expect(customMetadataAdvisories({ customMetadata: ['media.x'] })).toEqual([]);
    expect(customMetadataAdvisories({ eventType: 'play' })).toEqual([]);
  });
});

describe('unknownParams', () => {
  it('returns keys not documented on the event, with a pointer each', () => {
    const out = unknownParams('adStart', {
      'media.ad.id': 'a',
      'media.ad.podFriendlyName': 'ad_pod1',
      'media.ad.lenght': 15,
      'media.id': 'x',
    });
    expect(out.map((a) => a.pointer)).toEqual([
      '/params/media.ad.podFriendlyName',
      '/params/media.ad.lenght',
      '/params/media.id',
    ]);
    expect(out[0]).toMatchObject({ contradiction: 'c10' });
    expect(english.text(out[0]!.message)).toBe(
      '"media.ad.podFriendlyName" is documented on adBreakStart, not on adStart (the timelines send it on adStart); the server’s schema may reject it',
    );
    expect(english.text(out[1]!.message)).toMatch(/not a documented adStart parameter/);
    expect(english.text(out[2]!.message)).toMatch(/documented on sessionStart, not on adStart/);
  });

  it('points QoE keys in params to qoeData (C7)', () => {
    const out = unknownParams('bitrateChange', { 'media.qoe.bitrate': 4500 });
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ pointer: '/params/media.qoe.bitrate', contradiction: 'c7' });
    expect(english.text(out[0]!.message)).toMatch(/belongs in qoeData/);
  });

  it('flags any key on events without documented params', () => {
    const out = unknownParams('play', { foo: 1 });
    expect(english.text(out[0]!.message)).toBe('play has no documented parameters, so "foo" may be rejected by the server’s schema');
  });

  it('accepts documented keys and ignores non-objects', () => {
    expect(unknownParams('chapterStart', { 'media.chapter.index': 1, 'media.chapter.friendlyName': 'x' })).toEqual([]);
    expect(unknownParams('adStart', undefined)).toEqual([]);
    expect(unknownParams('adStart', [1])).toEqual([]);
  });

  it('escapes pointer characters', () => {
    expect(unknownParams('play', { 'a/b~c': 1 })[0]!.pointer).toBe('/params/a~1b~0c');
  });
});

describe('missingAdvisoryParams', () => {
  it('reports the three analytics/visitor keys and streamType the session-start example omits (C3)', () => {
    const out = missingAdvisoryParams('sessionStart', {
      'media.channel': 'Sports',
      'media.playerName': 'HTML5 Player',
      'media.contentType': 'vod',
      'media.length': 128,
      'media.id': 'video-123',
    });
    expect(out.map((a) => [english.text(a.message).match(/"([^"]+)"/)![1], a.severity])).toEqual([
      ['analytics.trackingServer', 'error'],
      ['analytics.reportSuite', 'error'],
      ['visitor.marketingCloudOrgId', 'error'],
      ['media.streamType', 'info'],
    ]);
    expect(out.every((a) => a.pointer === '/params' && a.contradiction === 'c3')).toBe(true);
    expect(english.text(out[0]!.message)).toBe(
      'sessionStart has no params "analytics.trackingServer" (the URL of your Adobe Analytics server). Without it the session’s data has no Analytics server to go to and is not reported. Required by the Request parameters and Custom metadata pages, although the Session Start page example omits it (C3)',
    );
  });

  it('reports media.ad.playerName on adStart (C10)', () => {
    const out = missingAdvisoryParams('adStart', { 'media.ad.id': 'a', 'media.ad.length': 1, 'media.ad.podPosition': 0 });
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ pointer: '/params', contradiction: 'c10', severity: 'warning' });
    expect(english.text(out[0]!.message)).toMatch(/^adStart has no params "media\.ad\.playerName"/);
    expect(missingAdvisoryParams('adStart', { 'media.ad.playerName': 'p' })).toEqual([]);
  });

  it('reports an error event without params at the root (C9)', () => {
    const out = missingAdvisoryParams('error', undefined);
    expect(out.map((a) => a.pointer)).toEqual(['', '']);
    expect(english.text(out[1]!.message)).toMatch(/media\.errorSource/);
  });

  it('has nothing to say about events without advisory keys', () => {
    expect(missingAdvisoryParams('play', undefined)).toEqual([]);
    expect(missingAdvisoryParams('chapterStart', {})).toEqual([]);
  });
});

describe('missingAdvisoryQoe', () => {
  it('asks for the bitrate on bitrateChange', () => {
    const out = missingAdvisoryQoe('bitrateChange', { eventType: 'bitrateChange' });
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ pointer: '', severity: 'warning' });
    expect(out[0]).not.toHaveProperty('contradiction');
    expect(english.text(out[0]!.message)).toBe('bitrateChange has no qoeData "media.qoe.bitrate"; include the new bitrate so the backend can compute Average bitrate');
    expect(missingAdvisoryQoe('bitrateChange', { qoeData: { 'media.qoe.bitrate': 1 } })).toEqual([]);
    expect(missingAdvisoryQoe('play', {})).toEqual([]);
  });

  it('names C7 when the bitrate sits in params', () => {
    const out = missingAdvisoryQoe('bitrateChange', { params: { 'media.qoe.bitrate': 4500 }, qoeData: {} });
    expect(out[0]).toMatchObject({ pointer: '/qoeData', contradiction: 'c7' });
  });
});

describe('unrecommendedValues', () => {
  it('notes content types outside the recommended list (C13)', () => {
    expect(unrecommendedValues('sessionStart', { 'media.contentType': 'vod' })).toEqual([]);
    const caseOnly = unrecommendedValues('sessionStart', { 'media.contentType': 'VOD' });
    expect(caseOnly[0]).toMatchObject({ pointer: '/params/media.contentType', severity: 'info', contradiction: 'c13' });
    expect(english.text(caseOnly[0]!.message)).toMatch(/the recommended value is "vod"/);
    const custom = unrecommendedValues('sessionStart', { 'media.contentType': 'movie' });
    expect(english.text(custom[0]!.message)).toMatch(/do not match the built-in Content Type segments$/);
  });

  it('notes show types outside "0".."3"', () => {
    expect(unrecommendedValues('sessionStart', { 'media.showType': '2' })).toEqual([]);
    expect(unrecommendedValues('sessionStart', { 'media.showType': 'clip' })).toHaveLength(1);
  });
});
