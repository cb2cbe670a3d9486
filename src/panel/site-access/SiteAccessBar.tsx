import { siteLabel } from '../../site-access/patterns.js';
import { listOf } from '../call-summary.js';
import { useTranslator } from '../i18n/use-translator.js';
import type { SiteAccessOffer } from './site-access-offer.js';

interface Props {
  offer: SiteAccessOffer;
  /** Opens the extension page that asks for the patterns: a DevTools panel cannot ask by itself in Firefox. */
  onGrant: (patterns: readonly string[]) => void;
}

/** One line above the calls, shown only while the page's API calls go uncaptured. */
export function SiteAccessBar({ offer, onGrant }: Props) {
  const t = useTranslator();
  const patterns = offer.missing.value;
  if (patterns.length === 0) return null;
  return (
    <div class="site-access-bar" role="status">
      <span class="site-access-text">{t.t('site-access.uncaptured', { sites: listOf(t, patterns.map((p) => siteLabel(t, p))) })}</span>
      <button type="button" class="site-access-grant" onClick={() => onGrant(patterns)}>
        {t.t('site-access.capture-site')}
      </button>
    </div>
  );
}
