import { siteLabel } from '../../site-access/patterns.js';
import type { SiteAccessOffer } from './site-access-offer.js';

interface Props {
  offer: SiteAccessOffer;
  /** Opens the extension page that asks for the patterns: a DevTools panel cannot ask by itself in Firefox. */
  onGrant: (patterns: readonly string[]) => void;
}

/** One line above the calls, shown only while the page's API calls go uncaptured. */
export function SiteAccessBar({ offer, onGrant }: Props) {
  const patterns = offer.missing.value;
  if (patterns.length === 0) return null;
  return (
    <div class="site-access-bar" role="status">
      <span class="site-access-text">
        This page's API calls are not captured: no access to {patterns.map(siteLabel).join(', ')}.
      </span>
      <button type="button" class="site-access-grant" onClick={() => onGrant(patterns)}>
        Capture on this site
      </button>
    </div>
  );
}
