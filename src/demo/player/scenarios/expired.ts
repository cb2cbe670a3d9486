import { ScenarioBuilder } from './builder.js';
import { CONTENT_LENGTH, SESSION_PARAMS } from './content.js';
import type { Scenario } from './types.js';

/**
 * The sid of the sample 201 in mc-api-sessions-req.md: a player that hard-codes it (or keeps a
 * sid from another server) posts to a session this server never issued.
 */
export const UNKNOWN_SID = 'bfcca2ca597a3c71bc03b4ce357833ad02b3570d262ecd0c595fcf8f2ae4df58';

/**
 * A player that keeps reporting after its session is closed (410: "create a new session"), and
 * one that reports on a sid the server does not know (404). The 10-minute timeout also ends in
 * 410; the server tests cover it with a fake clock rather than make a person wait.
 */
export function expiredScenario(startTs: number): Scenario {
  const b = new ScenarioBuilder(startTs, CONTENT_LENGTH);
  b.send('sessionStart', { params: { ...SESSION_PARAMS } })
    .send('play')
    .playTo(8)
    .send('sessionEnd', { note: 'The session is closed here' })
    .wait(2)
    .send('play', { expect: 410, note: 'After sessionEnd: 410 Gone' })
    .wait(1)
    .send('ping', { expect: 410, note: 'Still after sessionEnd: 410 Gone' })
    .wait(1)
    .send('ping', {
      target: { kind: 'events', sid: UNKNOWN_SID },
      expect: 404,
      note: 'A sid the server never issued (the docs sample): 404 Not Found',
    });
  return b.build({
    name: 'expired',
    title: 'Expired and unknown sessions',
    description:
      'Events after sessionEnd are answered 410 Gone, and events for a sid the server never issued 404 Not Found. Both mean: start a new session.',
  });
}
