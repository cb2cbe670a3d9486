/**
 * The documentation pages rules cite. `path` is the page's path below `help/` in
 * AdobeDocs/media-analytics.en; Experience League publishes `help/X.md` at
 * `.../docs/media-analytics/using/X`. test/fixtures/adobe/cited-pages.json lists the pages as
 * they were checked, and a test holds every citation to that list.
 */
export interface DocPage {
  title: string;
  path: string;
}

const DOC_PAGES = {
  eventsRequest: { title: 'Events request', path: 'implementation/media-collection-api/mc-api-ref/mc-api-events-req.md' },
  sessionsRequest: { title: 'Sessions request', path: 'implementation/media-collection-api/mc-api-ref/mc-api-sessions-req.md' },
  requestParams: { title: 'Request parameters', path: 'implementation/media-collection-api/mc-api-ref/mc-api-req-params.md' },
  jsonValidation: { title: 'JSON validation schemas', path: 'implementation/media-collection-api/mc-api-ref/mc-api-json-validation.md' },
  validateRequests: { title: 'Validating event requests', path: 'implementation/media-collection-api/mc-api-impl/mc-api-validate-reqs.md' },
  obtainSid: { title: 'Obtain a session ID', path: 'implementation/media-collection-api/mc-api-impl/mc-api-obtain-sid.md' },
  setHttpRequest: { title: 'Setting the HTTP request', path: 'implementation/media-collection-api/mc-api-impl/mc-api-set-http-req.md' },
  pings: { title: 'Sending ping events', path: 'implementation/media-collection-api/mc-api-impl/mc-api-sed-pings.md' },
  controlOrder: { title: 'Controlling the order of sent events', path: 'implementation/media-collection-api/mc-api-impl/mc-api-ctrl-order.md' },
  queuing: { title: 'Queueing events when sessions response is slow', path: 'implementation/media-collection-api/mc-api-impl/mc-api-queuing.md' },
  timeout: { title: 'Timeout conditions', path: 'implementation/media-collection-api/mc-api-impl/mc-api-timeout.md' },
  customMetadata: { title: 'Sending custom metadata', path: 'implementation/media-collection-api/mc-api-impl/mc-api-custom-meta.md' },
  qoe: { title: 'Sending QoE data', path: 'implementation/media-collection-api/mc-api-impl/mc-api-sending-qoe.md' },
  eventsOverview: { title: 'Events overview', path: 'implementation/events/overview.md' },
  sessionStart: { title: 'Session Start', path: 'implementation/events/session/session-start.md' },
  sessionEnd: { title: 'Session End', path: 'implementation/events/session/session-end.md' },
  sessionComplete: { title: 'Session Complete', path: 'implementation/events/session/session-complete.md' },
  sessionOverview: { title: 'Session events', path: 'implementation/events/session/overview.md' },
  play: { title: 'Play', path: 'implementation/events/playback/play.md' },
  ping: { title: 'Ping', path: 'implementation/events/playback/ping.md' },
  adsOverview: { title: 'Ad events', path: 'implementation/events/ads/overview.md' },
  adBreakStart: { title: 'Ad Break Start', path: 'implementation/events/ads/ad-break-start.md' },
  adStart: { title: 'Ad Start', path: 'implementation/events/ads/ad-start.md' },
  chaptersOverview: { title: 'Chapter events', path: 'implementation/events/chapters/overview.md' },
  playerStateOverview: { title: 'Player state events', path: 'implementation/events/player-state/overview.md' },
  error: { title: 'Error', path: 'implementation/events/error.md' },
  timeline1: { title: 'Timeline 1: view to end of content', path: 'implementation/media-collection-api/mc-api-timelines/mc-api-timeline-1.md' },
} as const satisfies Record<string, DocPage>;

export type DocKey = keyof typeof DOC_PAGES;

export function docPage(key: DocKey): DocPage {
  return DOC_PAGES[key];
}

export function docUrl(page: DocPage): string {
  return 'https://experienceleague.adobe.com/en/docs/media-analytics/using/' + page.path.replace(/\.md$/, '');
}
