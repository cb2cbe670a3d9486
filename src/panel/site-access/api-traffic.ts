import { classifyCall } from '../../core/classify.js';

/** The part of a HAR entry from `devtools.network.onRequestFinished` that is read here. */
export interface NetworkEntry {
  request: { method: string; url: string; headers?: Array<{ name: string; value: string }> };
}

/** `devtools.network`, or a stand-in that feeds entries the same way. */
export interface NetworkFeed {
  onRequestFinished: { addListener(listener: (entry: NetworkEntry) => void): void };
}

export interface ApiTraffic {
  /** The API call's URL. */
  url: string;
  /** The page that made it, from its Origin or Referer header, when the browser sent one. */
  pageUrl?: string;
}

/**
 * DevTools' own network log sees every request, whatever the extension's host access: it tells
 * the panel about API calls that capture, lacking access, cannot see. Recognised by the same
 * classifier that capture uses, so both agree on what an API call is.
 */
export function watchApiTraffic(feed: NetworkFeed, onApiCall: (traffic: ApiTraffic) => void): void {
  feed.onRequestFinished.addListener((entry) => {
    const { method, url, headers = [] } = entry.request;
    if (!classifyCall(method, url)) return;
    const traffic: ApiTraffic = { url };
    const pageUrl = initiator(headers);
    if (pageUrl) traffic.pageUrl = pageUrl;
    onApiCall(traffic);
  });
}

function initiator(headers: ReadonlyArray<{ name: string; value: string }>): string | undefined {
  const value = (name: string) => headers.find((h) => h.name.toLowerCase() === name)?.value;
  const origin = value('origin');
  if (origin && origin !== 'null') return origin;
  return value('referer') || undefined;
}
