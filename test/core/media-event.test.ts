import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, eventTypeIndex } from '../../src/core/event-types.js';
import { eventOfValidBody, toMediaEvent, type ValidBody } from '../../src/core/media-event.js';
import { validateEventBody } from '../../src/core/schema/validate-body.js';
import { CASES } from './schema/cases/index.js';

/**
 * The inspector reads the event of a body that passed its schema without toMediaEvent's checks
 * (eventOfValidBody): the schema must have settled each of them, on every body it passes.
 */
describe('eventOfValidBody', () => {
  const valid = EVENT_TYPES.flatMap((type) => CASES[type].filter((c) => c.valid).map((c) => [type, c.description, c.body] as const));

  it.each(valid)('%s: reads the same event as toMediaEvent: %s', (type, _description, body) => {
    expect(validateEventBody(body).issues).toEqual([]);
    const index = eventTypeIndex(type);
    const checked = toMediaEvent(body as Record<string, unknown>, index, 'c1', type === 'sessionStart');
    expect(checked).toBeDefined();
    expect(eventOfValidBody(body as ValidBody, index, 'c1', type === 'sessionStart')).toEqual(checked);
  });

  it('reads params, qoeData and customMetadata as they are, and leaves absent ones undefined', () => {
    const body = { playerTime: { playhead: 3, ts: 1000 }, eventType: 'adStart', params: { 'media.ad.id': 'a' }, customMetadata: { k: 'v' } };
    const event = eventOfValidBody(body, eventTypeIndex('adStart'), 'c2', false);
    expect(event).toMatchObject({ eventType: 'adStart', ts: 1000, playhead: 3, params: body.params, customMetadata: body.customMetadata });
    expect(event.qoeData).toBeUndefined();
  });
});
