/**
 * The demo's content and ads, with values chosen where the docs disagree so that the clean
 * scenario draws no finding (docs/contradictions.md):
 * - `media.contentType` "vod", lowercase as content-type.md recommends (C13);
 * - `media.streamType` sent, since its variable page marks it required (C3);
 * - `media.ad.playerName` sent on every adStart, which req-params requires (C10);
 * - `media.ad.podIndex` 0 for the pre-roll as in the timelines (C6), `media.ad.podPosition`
 *   from 1 as req-params says (C5);
 * - `customMetadata` only on adStart and chapterStart, the two events every page allows (C2).
 */
export const CONTENT_LENGTH = 46;

export const SESSION_PARAMS = {
  'analytics.trackingServer': 'demo.sc.omtrdc.net',
  'analytics.reportSuite': 'mci-demo-rs',
  'analytics.enableSSL': true,
  'visitor.marketingCloudOrgId': '0123456789ABCDEF01234567@AdobeOrg',
  'media.id': 'mci-demo-episode-101',
  'media.name': 'The Inspector, episode 1',
  'media.length': CONTENT_LENGTH,
  'media.contentType': 'vod',
  'media.streamType': 'video',
  'media.playerName': 'mci-demo-player',
  'media.channel': 'mci-demo-site',
  'media.sdkVersion': 'mci-demo-1.0.0',
  'media.show': 'The Inspector',
  'media.season': '1',
  'media.episode': '1',
} as const;

export function adBreakParams(podIndex: number, podSecond: number, name: string) {
  return {
    'media.ad.podFriendlyName': name,
    'media.ad.podIndex': podIndex,
    'media.ad.podSecond': podSecond,
  };
}

export function adParams(podPosition: number, id: string, name: string, length: number) {
  return {
    'media.ad.id': id,
    'media.ad.name': name,
    'media.ad.length': length,
    'media.ad.podPosition': podPosition,
    'media.ad.playerName': 'mci-demo-ad-player',
    'media.ad.advertiser': 'Example Brand',
  };
}

export function chapterParams(index: number, offset: number, length: number, name: string) {
  return {
    'media.chapter.index': index,
    'media.chapter.offset': offset,
    'media.chapter.length': length,
    'media.chapter.friendlyName': name,
  };
}
