import { ScenarioBuilder } from './builder.js';
import { CONTENT_LENGTH, SESSION_PARAMS } from './content.js';
import type { Scenario } from './types.js';

/**
 * What a player does when its page goes away mid-session: on `visibilitychange` to hidden it
 * reports the pause with a keepalive fetch, on `pagehide` it closes the session with
 * `navigator.sendBeacon`; an ordinary fetch would be cancelled with the page. The scenario
 * sends both itself, so it can be replayed without leaving the page; the page also sends a real
 * sessionEnd beacon at `pagehide` for any scenario still running (see player/unload.ts).
 */
export function unloadScenario(startTs: number): Scenario {
  const b = new ScenarioBuilder(startTs, CONTENT_LENGTH);
  b.send('sessionStart', { params: { ...SESSION_PARAMS } })
    .send('play')
    .playTo(12)
    .send('pauseStart', {
      transport: 'keepalive',
      note: 'Tab hidden: fetch with keepalive, which outlives the page',
    })
    .wait(1)
    .send('sessionEnd', {
      transport: 'beacon',
      note: 'Page hidden for good: navigator.sendBeacon with a JSON Blob (cross-origin, its preflight fails)',
    });
  return b.build({
    name: 'unload',
    title: 'Beacons at page unload',
    description:
      'The page going away mid-session: pauseStart with fetch keepalive, then sessionEnd with navigator.sendBeacon. Leaving the page during any other scenario sends a real sessionEnd beacon too.',
  });
}
