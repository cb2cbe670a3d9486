import type { CapturedCall } from '../src/core/call.js';

const BASE = 'https://example.hb-api.omtrdc.net/api/v1/sessions';
const T0 = 1_700_000_000_000;

/**
 * A realistic session of about `events` calls: a pre-roll break, content with pings every
 * 10 s, a mid-roll break every 5 minutes, chapters, buffering and pauses, QoE on plays.
 */
export function generateSession(index: number, events: number): CapturedCall[] {
  const sid = index.toString(16).padStart(64, '0');
  const calls: CapturedCall[] = [];
  let t = T0 + index * 1_000;
  let playhead = 0;
  const push = (eventType: string, extra: Record<string, unknown> = {}, viaSessions = false) => {
    t += 1 + (calls.length % 3);
    const body = JSON.stringify({ playerTime: { playhead, ts: t }, eventType, ...extra });
    const call: CapturedCall = {
      id: `${index}-${calls.length}`,
      method: 'POST',
      url: viaSessions ? BASE : `${BASE}/${sid}/events`,
      startedAt: t,
      requestBody: { kind: 'text', text: body },
      status: viaSessions ? 201 : 204,
      durationMs: 40,
    };
    if (viaSessions) call.responseHeaders = [{ name: 'Location', value: `/api/v1/sessions/${sid}` }];
    calls.push(call);
  };
  push('sessionStart', {
    params: {
      'analytics.trackingServer': 'example.sc.omtrdc.net', 'analytics.reportSuite': 'examplersid',
      'visitor.marketingCloudOrgId': 'EXAMPLEORG@AdobeOrg', 'media.id': `vid-${index}`, 'media.name': `Episode ${index}`,
      'media.length': 3600, 'media.contentType': 'vod', 'media.playerName': 'bench-player', 'media.channel': 'bench', 'media.streamType': 'video',
    },
    customMetadata: { show: 'Bench', season: '1' },
  }, true);
  const adBreak = (podIndex: number) => {
    push('adBreakStart', { params: { 'media.ad.podIndex': podIndex, 'media.ad.podSecond': playhead } });
    for (let ad = 1; ad <= 2 && calls.length < events - 6; ad++) {
      push('adStart', { params: { 'media.ad.id': `ad-${ad}`, 'media.ad.length': 15, 'media.ad.podPosition': ad, 'media.ad.playerName': 'bench-player', 'media.ad.name': 'Spot' } });
      for (let s = 0; s < 2; s++) { t += 7_000; push('ping'); }
      push('adComplete');
    }
    push('adBreakComplete');
  };
  adBreak(0);
  push('play', { qoeData: { 'media.qoe.bitrate': 3_000_000, 'media.qoe.timeToStart': 900 } });
  let chapter = 0;
  let chapterOpen = false;
  while (calls.length < events - 2) {
    const n = calls.length;
    if (n % 60 === 0) adBreak(Math.floor(n / 60));
    else if (n % 40 === 0 && !chapterOpen) { chapterOpen = true; push('chapterStart', { params: { 'media.chapter.index': ++chapter, 'media.chapter.offset': playhead, 'media.chapter.length': 400 } }); }
    else if (n % 40 === 39 && chapterOpen) { chapterOpen = false; push('chapterComplete'); }
    else if (n % 25 === 0) { push('bufferStart'); t += 2_000; push('play'); }
    else if (n % 33 === 0) { push('bitrateChange', { qoeData: { 'media.qoe.bitrate': 2_000_000 } }); }
    else { t += 9_000; playhead += 9; push('ping'); }
  }
  push('sessionComplete');
  push('sessionEnd');
  return calls;
}

export function generateCorpus(sessions: number, eventsPerSession: number): CapturedCall[] {
  const out: CapturedCall[] = [];
  for (let i = 0; i < sessions; i++) out.push(...generateSession(i, eventsPerSession));
  return out;
}
