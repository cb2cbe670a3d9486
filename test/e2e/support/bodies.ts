/** Request bodies the tests send: shaped like a real player's, small and recognisable. */
export function sessionStart(name = 'Café – 東京 🎬'): object {
  return {
    eventType: 'sessionStart',
    playerTime: { playhead: 0, ts: Date.now() },
    params: {
      'analytics.reportSuite': 'e2e-rsid',
      'analytics.trackingServer': 'e2e.sc.omtrdc.net',
      'media.channel': 'e2e',
      'media.contentType': 'VOD',
      'media.id': 'e2e-video',
      'media.length': 600,
      'media.name': name,
      'media.playerName': 'e2e-player',
      'visitor.marketingCloudOrgId': 'E2E0000000000000000000@AdobeOrg',
    },
  };
}

export function playerEvent(eventType: string, playhead: number): object {
  return { eventType, playerTime: { playhead, ts: Date.now() } };
}

export function eventsPath(sid: string, prefix = ''): string {
  return `${prefix}/api/v1/sessions/${sid}/events`;
}

export function sidOf(location: string | null | undefined): string {
  const sid = location?.split('/').pop();
  if (!sid) throw new Error(`no sid in Location ${location}`);
  return sid;
}
