import { describe, expect, it } from 'vitest';
import { CONTRADICTION_IDS } from '../../../src/core/contradictions.js';
import { docPage } from '../../../src/core/docs.js';
import { EVENT_TYPES } from '../../../src/core/event-types.js';
import {
  ADVISORY_REQUIRED,
  CUSTOM_METADATA_EVENTS,
  EVENT_BODY,
  PARAM_CATALOG,
  QOE_CATALOG,
  describeParam,
  paramMeaning,
  paramSpec,
  paramsOf,
  qoeSpec,
  sourceOf,
} from '../../../src/core/schema/params.js';
import { EVENT_SCHEMAS, schemaId } from '../../../src/core/schema/schemas.js';
import { SDK_KEYS } from '../../../src/core/sdk/adobe-sdks.js';
import { catalogFor } from '../../../src/i18n/catalog.js';
import { LOCALES } from '../../../src/i18n/locales.js';

type Obj = Record<string, any>;

describe('parameter catalog', () => {
  it('has each key once, with a meaning and a resolvable page', () => {
    const keys = PARAM_CATALOG.map((p) => p.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const p of PARAM_CATALOG) {
      expect(p.on.length, p.key).toBeGreaterThan(0);
      expect(docPage(p.doc).path).toMatch(/\.md$/);
      expect(sourceOf(p).path).toMatch(/\.md$/);
      if (p.requirement === 'advisory') {
        expect(p.whenMissing, p.key).toBeTruthy();
        expect(CONTRADICTION_IDS, p.key).toContain(p.contradiction);
      }
    }
  });

  it('lists every key of the request-parameters page on its event with its type', () => {
    expect(paramSpec('sessionStart', 'media.length')).toMatchObject({ type: 'number', requirement: 'required' });
    expect(paramSpec('sessionStart', 'visitor.aamLocationHint')).toMatchObject({ type: 'integer' });
    expect(paramSpec('sessionStart', 'analytics.enableSSL')).toMatchObject({ type: 'boolean' });
    expect(paramSpec('sessionStart', 'visitor.customerIDs')).toMatchObject({ type: 'customerIDs' });
    expect(paramSpec('adBreakStart', 'media.ad.podIndex')).toMatchObject({ type: 'integer', requirement: 'required' });
    expect(paramSpec('adStart', 'media.ad.podPosition')).toMatchObject({ type: 'integer', contradiction: 'c5' });
    expect(paramSpec('chapterStart', 'media.chapter.offset')).toMatchObject({ type: 'number', requirement: 'required' });
    expect(paramSpec('stateEnd', 'media.state.name')).toMatchObject({ type: 'string', requirement: 'required' });
    expect(paramSpec('statesUpdate', 'statesStart')).toMatchObject({ type: 'stateList' });
    expect(paramSpec('error', 'media.errorSource')?.enum).toEqual(['player', 'external']);
  });

  it('keeps keys on their own event only', () => {
    expect(paramSpec('adStart', 'media.ad.podFriendlyName')).toBeUndefined();
    expect(paramSpec('sessionStart', 'media.ad.id')).toBeUndefined();
    expect(paramsOf('ping')).toEqual([]);
    expect(paramsOf('play')).toEqual([]);
    expect(paramsOf('sessionStart').length).toBeGreaterThanOrEqual(45);
    expect(paramsOf('adStart').map((p) => p.key)).toEqual([
      'media.ad.podPosition',
      'media.ad.name',
      'media.ad.id',
      'media.ad.length',
      'media.ad.playerName',
      'media.ad.advertiser',
      'media.ad.campaignId',
      'media.ad.creativeId',
      'media.ad.siteId',
      'media.ad.creativeURL',
      'media.ad.placementId',
    ]);
  });

  it.each(LOCALES)('gives every params, qoeData and SDK key its meaning in %s', (locale) => {
    const catalog = catalogFor(locale);
    for (const key of [...PARAM_CATALOG.map((p) => p.key), ...QOE_CATALOG.map((q) => q.key), ...SDK_KEYS]) {
      expect(paramMeaning(key), key).toBe(`schema.param.${key}`);
      expect(catalog[paramMeaning(key)!], `${key} in ${locale}`).toMatch(/\S\S/);
    }
    expect(paramMeaning('media.nope')).toBeUndefined();
  });

  it('describes params and QoE keys', () => {
    expect(describeParam('media.ad.podSecond')).toBe('The second of the content at which the ad break started');
    expect(describeParam('media.qoe.timeToStart')).toMatch(/^Milliseconds/);
    expect(describeParam('media.nope')).toBeUndefined();
    expect(qoeSpec('media.qoe.bitrate')).toMatchObject({ type: 'integer' });
    expect(qoeSpec('bitrate')).toBeUndefined();
    expect(QOE_CATALOG.map((q) => q.key)).toEqual([
      'media.qoe.bitrate',
      'media.qoe.droppedFrames',
      'media.qoe.framesPerSecond',
      'media.qoe.timeToStart',
    ]);
  });

  it('puts the disputed requirements in ADVISORY_REQUIRED (C3, C10, C9)', () => {
    const keys = (t: keyof typeof ADVISORY_REQUIRED) => (ADVISORY_REQUIRED[t] ?? []).map((p) => p.key);
    expect(keys('sessionStart')).toEqual([
      'analytics.trackingServer',
      'analytics.reportSuite',
      'visitor.marketingCloudOrgId',
      'media.streamType',
    ]);
    expect(keys('adStart')).toEqual(['media.ad.playerName']);
    expect(keys('error')).toEqual(['media.errorId', 'media.errorSource']);
    expect(ADVISORY_REQUIRED.play).toBeUndefined();
  });

  it('allows customMetadata on sessionStart, adStart and chapterStart (C2)', () => {
    expect(CUSTOM_METADATA_EVENTS).toEqual(['sessionStart', 'adStart', 'chapterStart']);
  });
});

describe('schemas built from the catalog', () => {
  it('exist for all 20 event types', () => {
    expect(EVENT_TYPES).toHaveLength(20);
    for (const t of EVENT_TYPES) {
      const s = EVENT_SCHEMAS[t] as Obj;
      expect(s.$id).toBe(schemaId(t));
      expect(s.properties.eventType.const).toBe(t);
      expect(s.additionalProperties).toBe(false);
      expect(s.properties.playerTime.required).toEqual(['playhead', 'ts']);
      // C7: unknown qoeData keys are a warning (unknownQoeKeys), not a schema error.
      expect(s.properties.qoeData.additionalProperties).toBeUndefined();
      expect('customMetadata' in s.properties).toBe(EVENT_BODY[t].customMetadata);
      expect(s.required.includes('params')).toBe(EVENT_BODY[t].params === 'required');
    }
  });

  it('never close params (unknown keys are advisories)', () => {
    for (const t of EVENT_TYPES) {
      const params = (EVENT_SCHEMAS[t] as Obj).properties.params;
      if (t === 'ping') {
        expect(params).toBeUndefined();
        continue;
      }
      expect(params.additionalProperties, t).toBeUndefined();
    }
  });

  it('require exactly the keys every page agrees on', () => {
    const required = (t: (typeof EVENT_TYPES)[number]) => (EVENT_SCHEMAS[t] as Obj).properties.params.required;
    expect(required('sessionStart')).toEqual([
      'media.id',
      'media.length',
      'media.contentType',
      'media.playerName',
      'media.channel',
    ]);
    expect(required('adStart')).toEqual(['media.ad.podPosition', 'media.ad.id', 'media.ad.length']);
    expect(required('adBreakStart')).toEqual(['media.ad.podIndex', 'media.ad.podSecond']);
    expect(required('chapterStart')).toEqual(['media.chapter.index', 'media.chapter.offset', 'media.chapter.length']);
    expect(required('stateStart')).toEqual(['media.state.name']);
    expect(required('error')).toBeUndefined();
    for (const t of EVENT_TYPES) {
      if (t === 'ping') continue;
      const req: string[] = required(t) ?? [];
      for (const key of req) expect(paramSpec(t, key)?.requirement).toBe('required');
      for (const spec of paramsOf(t)) expect(req.includes(spec.key)).toBe(spec.requirement === 'required');
    }
  });
});
