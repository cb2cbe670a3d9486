import { ScenarioBuilder } from './builder.js';
import { CONTENT_LENGTH, SESSION_PARAMS, adParams, chapterParams } from './content.js';
import type { Scenario } from './types.js';

/**
 * Bodies that break the schema, each answered 400 with a message: the mistakes player code
 * makes (a missing required param, a number sent as a string, seconds where ms are wanted,
 * broken JSON like the docs' own trailing commas, C14).
 */
export function invalidBodiesScenario(startTs: number): Scenario {
  const b = new ScenarioBuilder(startTs, CONTENT_LENGTH);
  const { 'media.channel': _channel, ...withoutChannel } = SESSION_PARAMS;
  const { 'media.ad.id': _id, ...adWithoutId } = adParams(1, 'ad-201', 'Nameless', 10);
  b.sendRaw(
    (playerTime) => ({
      json: {
        playerTime,
        eventType: 'sessionStart',
        params: { ...withoutChannel, 'media.length': '46' },
      },
    }),
    {
      target: { kind: 'sessions' },
      expect: 400,
      note: 'sessionStart without media.channel, and media.length as a string',
    },
  )
    .send('sessionStart', { params: { ...SESSION_PARAMS }, note: 'The corrected sessionStart' })
    .send('play')
    .wait(3)
    .sendRaw((playerTime) => ({ json: { playerTime, eventType: 'adStart', params: adWithoutId } }), {
      expect: 400,
      note: 'adStart without the required media.ad.id',
    })
    .wait(1)
    .sendRaw(
      ({ ts, playhead }) => ({
        json: { playerTime: { playhead: String(playhead), ts }, eventType: 'ping' },
      }),
      { expect: 400, note: 'playhead sent as a string' },
    )
    .wait(1)
    .sendRaw(
      ({ ts, playhead }) => ({
        json: { playerTime: { playhead, ts: Math.floor(ts / 1000) + 0.25 }, eventType: 'ping' },
      }),
      { expect: 400, note: 'ts in seconds with a fraction; the schema wants integer milliseconds' },
    )
    .wait(1)
    .sendRaw(
      (playerTime) => ({
        json: {
          playerTime,
          eventType: 'chapterStart',
          params: { ...chapterParams(1, 0, 20, 'Opening'), 'media.chapter.index': '1' },
        },
      }),
      { expect: 400, note: 'media.chapter.index as a string' },
    )
    .wait(1)
    .sendRaw((playerTime) => ({ json: { playerTime, eventType: 'seek' } }), {
      expect: 400,
      note: 'seek is not an event type of the API',
    })
    .wait(1)
    .sendRaw(
      ({ ts, playhead }) => ({
        text: `{"playerTime":{"playhead":${playhead},"ts":${ts},},"eventType":"ping",}`,
      }),
      { expect: 400, note: 'Broken JSON: trailing commas' },
    )
    .wait(1)
    .sendRaw((playerTime) => ({ json: { playerTime } }), {
      expect: 400,
      note: 'No eventType',
    })
    .wait(1)
    .send('sessionEnd');
  return b.build({
    name: 'invalid-bodies',
    title: 'Invalid bodies',
    description:
      'A sessionStart and events that break the schema: missing required params, wrong types, an unknown event type, broken JSON. Each is answered 400 with a message.',
  });
}
