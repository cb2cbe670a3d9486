import { ScenarioBuilder } from './builder.js';
import { CONTENT_LENGTH, SESSION_PARAMS, adParams } from './content.js';
import type { Scenario } from './types.js';

/**
 * A mid-roll sent without its adBreakStart/adBreakComplete bookends. The server accepts every
 * call (it checks schemas, not order), yet the docs say the ads "will simply be ignored" and
 * their time counted as content (mc-api-events-req.md): only an inspector can tell.
 */
export function adsOutsideBreakScenario(startTs: number): Scenario {
  const b = new ScenarioBuilder(startTs, CONTENT_LENGTH);
  b.send('sessionStart', { params: { ...SESSION_PARAMS } })
    .send('play')
    .playTo(14)
    .send('adStart', {
      params: adParams(1, 'ad-101', 'Orphan ad', 6),
      note: 'adStart with no adBreakStart before it',
    })
    .wait(6)
    .send('adComplete', { note: 'adComplete with no adBreakComplete after it' })
    .send('play')
    .playTo(25)
    .send('sessionEnd');
  return b.build({
    name: 'ads-outside-break',
    title: 'Ads outside an ad break',
    description:
      'adStart and adComplete without adBreakStart and adBreakComplete. Accepted with 204, but Adobe ignores the ad and counts its time as content.',
  });
}
