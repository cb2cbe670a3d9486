import { ScenarioBuilder } from './builder.js';
import {
  CONTENT_LENGTH,
  SESSION_PARAMS,
  adBreakParams,
  adParams,
  chapterParams,
} from './content.js';
import type { Scenario } from './types.js';

/**
 * A session as the docs want it, shaped on Timelines 1 and 3: two pre-roll ads, two chapters
 * with a buffer in the first and a pause in the second, a mid-roll between them, played to the
 * end, then sessionComplete and sessionEnd. Every call is answered 201 or 204, and the core's
 * rules should find nothing.
 */
export function cleanScenario(startTs: number): Scenario {
  const b = new ScenarioBuilder(startTs, CONTENT_LENGTH);
  b.send('sessionStart', { params: { ...SESSION_PARAMS }, note: 'Opens the session; the 201 gives the sid in Location' })
    // Pre-roll: no play before adBreakStart and adStart (events/ads/overview.md).
    .send('adBreakStart', { params: adBreakParams(0, 0, 'pre-roll') })
    .send('adStart', {
      params: adParams(1, 'ad-001', 'Spring sale', 15),
      customMetadata: { campaign: 'spring', creative_size: '1920x1080' },
    })
    .wait(15)
    .send('adComplete')
    .send('adStart', { params: adParams(2, 'ad-002', 'New phone', 7) })
    .wait(7)
    .send('adComplete')
    .send('adBreakComplete')
    // First frame of content; "send play after adBreakComplete" (Timeline 1, action 11).
    .send('play', {
      qoeData: { 'media.qoe.bitrate': 4_000_000, 'media.qoe.framesPerSecond': 30, 'media.qoe.droppedFrames': 0 },
    })
    .send('chapterStart', {
      params: chapterParams(1, 0, 20, 'Opening'),
      customMetadata: { chapter_theme: 'intro' },
    })
    .playTo(11)
    .send('bufferStart')
    .wait(3)
    .send('play', { note: 'play after bufferStart ends the buffering' })
    .playTo(20)
    .send('chapterComplete')
    // Mid-roll at 20 s of content: the playhead stays at 20 throughout the ad (ads/overview.md).
    .send('adBreakStart', { params: adBreakParams(1, 20, 'mid-roll') })
    .send('adStart', { params: adParams(1, 'ad-003', 'Coffee', 8) })
    .wait(8)
    .send('adComplete')
    .send('adBreakComplete')
    .send('play')
    .send('chapterStart', { params: chapterParams(2, 20, 26, 'Finale') })
    .playTo(31)
    .send('pauseStart')
    .wait(10)
    .send('play', { note: 'play after pauseStart is the resume' })
    // The last frame the player reports, just short of the end: 0 <= playhead < media.length.
    .playTo(45.9)
    .send('chapterComplete')
    .send('sessionComplete', { note: 'The content was watched to the end' })
    .send('sessionEnd', { note: 'Closes the session at once' });
  return b.build({
    name: 'clean',
    title: 'Clean session',
    description:
      'Pre-roll and mid-roll ad breaks, two chapters, pings every 10 s of content and every second of ads, a buffer, a pause, sessionComplete and sessionEnd. Nothing to report.',
  });
}
