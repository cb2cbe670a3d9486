import type { MessageId } from '../i18n/catalog.js';

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
  /** The page's title, as a catalog message (`docs.<key>`): rendered in the reader's language. */
  title: MessageId;
  path: string;
  /** The public address, when it is not the Experience League page `path` gives. */
  url?: string;
}

const DCA = 'https://developer.adobe.com/data-collection-apis/docs/';

/** A page of Adobe's developer site (AdobeDocs/data-collection-apis, `src/pages/{page}.md`). */
function dca(title: MessageId, page: string): DocPage {
  return { title, path: `data-collection-apis/src/pages/${page}.md`, url: `${DCA}${page.replace(/\/index$/, '')}/` };
}

const DOC_PAGES = {
  eventsRequest: { title: 'docs.eventsRequest', path: 'implementation/media-collection-api/mc-api-ref/mc-api-events-req.md' },
  sessionsRequest: { title: 'docs.sessionsRequest', path: 'implementation/media-collection-api/mc-api-ref/mc-api-sessions-req.md' },
  requestParams: { title: 'docs.requestParams', path: 'implementation/media-collection-api/mc-api-ref/mc-api-req-params.md' },
  jsonValidation: { title: 'docs.jsonValidation', path: 'implementation/media-collection-api/mc-api-ref/mc-api-json-validation.md' },
  validateRequests: { title: 'docs.validateRequests', path: 'implementation/media-collection-api/mc-api-impl/mc-api-validate-reqs.md' },
  obtainSid: { title: 'docs.obtainSid', path: 'implementation/media-collection-api/mc-api-impl/mc-api-obtain-sid.md' },
  setHttpRequest: { title: 'docs.setHttpRequest', path: 'implementation/media-collection-api/mc-api-impl/mc-api-set-http-req.md' },
  pings: { title: 'docs.pings', path: 'implementation/media-collection-api/mc-api-impl/mc-api-sed-pings.md' },
  controlOrder: { title: 'docs.controlOrder', path: 'implementation/media-collection-api/mc-api-impl/mc-api-ctrl-order.md' },
  queuing: { title: 'docs.queuing', path: 'implementation/media-collection-api/mc-api-impl/mc-api-queuing.md' },
  timeout: { title: 'docs.timeout', path: 'implementation/media-collection-api/mc-api-impl/mc-api-timeout.md' },
  customMetadata: { title: 'docs.customMetadata', path: 'implementation/media-collection-api/mc-api-impl/mc-api-custom-meta.md' },
  qoe: { title: 'docs.qoe', path: 'implementation/media-collection-api/mc-api-impl/mc-api-sending-qoe.md' },
  eventsOverview: { title: 'docs.eventsOverview', path: 'implementation/events/overview.md' },
  sessionStart: { title: 'docs.sessionStart', path: 'implementation/events/session/session-start.md' },
  sessionEnd: { title: 'docs.sessionEnd', path: 'implementation/events/session/session-end.md' },
  sessionComplete: { title: 'docs.sessionComplete', path: 'implementation/events/session/session-complete.md' },
  sessionOverview: { title: 'docs.sessionOverview', path: 'implementation/events/session/overview.md' },
  play: { title: 'docs.play', path: 'implementation/events/playback/play.md' },
  ping: { title: 'docs.ping', path: 'implementation/events/playback/ping.md' },
  adsOverview: { title: 'docs.adsOverview', path: 'implementation/events/ads/overview.md' },
  adBreakStart: { title: 'docs.adBreakStart', path: 'implementation/events/ads/ad-break-start.md' },
  adStart: { title: 'docs.adStart', path: 'implementation/events/ads/ad-start.md' },
  chaptersOverview: { title: 'docs.chaptersOverview', path: 'implementation/events/chapters/overview.md' },
  playerStateOverview: { title: 'docs.playerStateOverview', path: 'implementation/events/player-state/overview.md' },
  error: { title: 'docs.error', path: 'implementation/events/error.md' },
  timeline1: { title: 'docs.timeline1', path: 'implementation/media-collection-api/mc-api-timelines/mc-api-timeline-1.md' },
  edgeOverview: dca('docs.edgeOverview', 'endpoints/media/index'),
  edgeSessions: dca('docs.edgeSessions', 'endpoints/media/sessions'),
  edgeAds: dca('docs.edgeAds', 'endpoints/media/ads'),
  edgePing: dca('docs.edgePing', 'endpoints/media/ping'),
  edgeExamples: dca('docs.edgeExamples', 'getting-started/media-edge-examples'),
  edgeDownloaded: dca('docs.edgeDownloaded', 'endpoints/media/downloaded'),
  edgeApiReference: dca('docs.edgeApiReference', 'api/media-edge'),
  edgeTroubleshooting: dca('docs.edgeTroubleshooting', 'getting-started/troubleshooting'),
  edgeLocationHints: dca('docs.edgeLocationHints', 'getting-started/location-hints'),
  edgeCustomMetadata: { title: 'docs.edgeCustomMetadata', path: 'implementation/edge/custom-metadata.md' },
  edgeMediaTroubleshooting: {
    title: 'docs.edgeMediaTroubleshooting',
    path: 'cja-apis/src/pages/endpoints/media-edge/troubleshooting.md',
    url: 'https://developer.adobe.com/cja-apis/docs/endpoints/media-edge/troubleshooting/',
  },
  webSdkCreateMediaSession: {
    title: 'docs.webSdkCreateMediaSession',
    path: 'experience-platform.en/help/collection/js/commands/createmediasession.md',
    url: 'https://experienceleague.adobe.com/en/docs/experience-platform/collection/js/commands/createmediasession',
  },
} as const satisfies Record<string, DocPage>;

export type DocKey = keyof typeof DOC_PAGES;

export function docPage(key: DocKey): DocPage {
  return DOC_PAGES[key];
}

/**
 * Whether the page is about the Media Collection API alone (its implementation and reference
 * pages). The Streaming Media event pages document every API side by side, in tabs, and the
 * Media Edge pages are the other API's own.
 */
export function isMediaCollectionApiPage(page: DocPage): boolean {
  return page.path.startsWith('implementation/media-collection-api/');
}

export function docUrl(page: DocPage): string {
  if (page.url !== undefined) return page.url;
  return 'https://experienceleague.adobe.com/en/docs/media-analytics/using/' + page.path.replace(/\.md$/, '');
}
