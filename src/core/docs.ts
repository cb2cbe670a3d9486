/**
 * The documentation pages rules cite. For the Media Collection API pages, `path` is the page's
 * path below `help/` in AdobeDocs/media-analytics.en; Experience League publishes `help/X.md` at
 * `.../docs/media-analytics/using/X`. The Media Edge API pages live elsewhere (Adobe's developer
 * site, the Web SDK's pages on Experience League): they give their public `url`, and their
 * `path` names the repository they come from. test/fixtures/adobe/cited-pages.json and
 * cited-edge-pages.json list the pages as they were checked, and a test holds every citation to
 * those lists.
 */
export interface DocPage {
  title: string;
  path: string;
  /** The public address, when it is not the Experience League page `path` gives. */
  url?: string;
}

const DCA = 'https://developer.adobe.com/data-collection-apis/docs/';

/** A page of Adobe's developer site (AdobeDocs/data-collection-apis, `src/pages/{page}.md`). */
function dca(title: string, page: string): DocPage {
  return { title, path: `data-collection-apis/src/pages/${page}.md`, url: `${DCA}${page.replace(/\/index$/, '')}/` };
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
  edgeOverview: dca('Media Edge API overview', 'endpoints/media/index'),
  edgeSessions: dca('Media Edge session endpoints', 'endpoints/media/sessions'),
  edgeAds: dca('Media Edge ad endpoints', 'endpoints/media/ads'),
  edgeDownloaded: dca('Media Edge downloaded endpoint', 'endpoints/media/downloaded'),
  edgeApiReference: dca('Media Edge API reference (OpenAPI)', 'api/media-edge'),
  edgeTroubleshooting: dca('Edge Network troubleshooting', 'getting-started/troubleshooting'),
  edgeLocationHints: dca('Location hints', 'getting-started/location-hints'),
  edgeMediaTroubleshooting: {
    title: 'Media Edge API troubleshooting',
    path: 'cja-apis/src/pages/endpoints/media-edge/troubleshooting.md',
    url: 'https://developer.adobe.com/cja-apis/docs/endpoints/media-edge/troubleshooting/',
  },
  webSdkCreateMediaSession: {
    title: 'Web SDK createMediaSession',
    path: 'experience-platform.en/help/collection/js/commands/createmediasession.md',
    url: 'https://experienceleague.adobe.com/en/docs/experience-platform/collection/js/commands/createmediasession',
  },
} as const satisfies Record<string, DocPage>;

export type DocKey = keyof typeof DOC_PAGES;

export function docPage(key: DocKey): DocPage {
  return DOC_PAGES[key];
}

export function docUrl(page: DocPage): string {
  if (page.url !== undefined) return page.url;
  return 'https://experienceleague.adobe.com/en/docs/media-analytics/using/' + page.path.replace(/\.md$/, '');
}
