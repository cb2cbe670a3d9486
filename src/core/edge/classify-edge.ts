/**
 * Which Media Edge API call a URL is. The host is edge.adobedc.net, a `{tenant}.data.adobedc.net`
 * or a customer's own first-party domain, and the base path (`ee` by default) can be set, so
 * only the path's tail is matched:
 * - `…/{base}[/{locationHint}]/va/v1/{action}` — the Media Edge API's own endpoints;
 * - `…/{base}[/{locationHint}]/v1/interact` or `/v1/collect` — ordinary Edge calls, through which
 *   the Web SDK opens a media session. They belong to us only when their body carries a `media.*`
 *   event, which the inspector checks once it has the body.
 */
export interface EdgeCall {
  kind: 'edge';
  /** Scheme, host and base path: `https://edge.adobedc.net/ee`. */
  base: string;
  /** The Edge Network location hint in the path (`or2`, `irl1`, `t34`), when there is one. */
  locationHint?: string;
  endpoint: 'va' | 'interact' | 'collect';
  /** The path's last segment: the media action for `va`, else `interact` or `collect`. */
  action: string;
}

const VA = '/va/v1/';
/**
 * A location hint as Adobe's pages list them (`or2`, `va6`, `irl1`, `jpn3`) or as the Web SDK
 * builds one from a Target cluster (`t34`): letters then digits, short.
 */
const LOCATION_HINT = /^[a-z]{1,4}\d{1,3}$/;

export function classifyEdgeUrl(url: string): EdgeCall | null {
  const path = pathOf(url);
  if (path === null) return null;
  const { prefix, tail } = path;
  const va = tail.lastIndexOf(VA);
  if (va >= 0) {
    const action = tail.slice(va + VA.length);
    if (action === '' || action.includes('/')) return null;
    return withHint(prefix, tail.slice(0, va), 'va', action);
  }
  for (const endpoint of ['interact', 'collect'] as const) {
    for (const version of ['/v1/', '/v2/']) {
      const suffix = version + endpoint;
      if (tail.endsWith(suffix)) return withHint(prefix, tail.slice(0, tail.length - suffix.length), endpoint, endpoint);
    }
  }
  return null;
}

/** Splits `/ee/or2` into the base `/ee` and the hint `or2`; a lone segment is the base. */
function withHint(prefix: string, basePath: string, endpoint: EdgeCall['endpoint'], action: string): EdgeCall | null {
  if (basePath === '') return null;
  const slash = basePath.lastIndexOf('/');
  const last = basePath.slice(slash + 1);
  if (slash > 0 && LOCATION_HINT.test(last)) {
    return { kind: 'edge', base: prefix + basePath.slice(0, slash), locationHint: last, endpoint, action };
  }
  return { kind: 'edge', base: prefix + basePath, endpoint, action };
}

/** `https://h/ee/va/v1/play?x` → prefix `https://h`, tail `/ee/va/v1/play` (no trailing slash). */
function pathOf(url: string): { prefix: string; tail: string } | null {
  const schemeEnd = url.indexOf('://');
  const pathStart = schemeEnd >= 0 ? url.indexOf('/', schemeEnd + 3) : url.indexOf('/');
  if (pathStart < 0) return null;
  let end = url.length;
  const q = url.indexOf('?');
  if (q >= 0) end = q;
  const h = url.indexOf('#');
  if (h >= 0 && h < end) end = h;
  if (end > pathStart + 1 && url.charCodeAt(end - 1) === 47 /* / */) end--;
  return { prefix: url.slice(0, pathStart), tail: url.slice(pathStart, end) };
}

/** A cheap pre-filter for capture code: true when the URL may be a Media Edge or Edge call. */
export function mayBeEdgeUrl(url: string): boolean {
  return url.includes('/va/v1/') || url.includes('/v1/interact') || url.includes('/v1/collect') || url.includes('/v2/interact') || url.includes('/v2/collect');
}

/** Does the call answer with content (200) rather than 204? sessionStart and downloaded do, and every interact or collect call. */
export function answersWithContent(api: EdgeCall): boolean {
  return api.endpoint !== 'va' || api.action === 'sessionStart' || api.action === 'downloaded';
}
