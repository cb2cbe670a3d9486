import { useEffect, useState } from 'preact/hooks';
import type { HostAccess } from '../site-access/host-access.js';
import { ALL_SITES, siteLabel } from '../site-access/patterns.js';

interface Props {
  access: HostAccess;
  /** The patterns the panel asked for (the page's host and its API hosts); none from the toolbar. */
  requested: readonly string[];
}

/**
 * Where a person grants and revokes host access. An extension page, because the browsers let
 * only an extension page's click ask for a permission (Firefox refuses it from a DevTools panel).
 * Each request runs first thing in its click handler: anything awaited before it loses the gesture.
 */
export function GrantPage({ access, requested }: Props) {
  const [granted, setGranted] = useState<readonly string[] | undefined>(undefined);
  const [covered, setCovered] = useState(false);
  const [status, setStatus] = useState('');

  useEffect(() => {
    const refresh = async () => {
      setGranted(await access.granted());
      setCovered(requested.length > 0 && (await access.covers(requested)));
    };
    void refresh();
    return access.onChange(() => void refresh());
  }, [access, requested]);

  const ask = (patterns: readonly string[], what: string) => {
    void access.request(patterns).then(
      (ok) => setStatus(ok ? `Capturing on ${what}: calls from now on are captured, with DevTools open or closed.` : `Not granted: nothing changed.`),
      (error: unknown) => setStatus(`Not granted: ${error instanceof Error ? error.message : String(error)}`),
    );
  };
  const revoke = (pattern: string) => {
    void access.revoke(pattern).then((ok) => setStatus(ok ? `No longer capturing on ${siteLabel(pattern)}.` : `${siteLabel(pattern)} could not be revoked.`));
  };
  const sites = requested.map(siteLabel).join(', ');

  return (
    <main class="grant">
      <h1>Site access</h1>
      <p>
        Media Collection Inspector captures a player's calls to the Media Collection API only on sites you allow: the page where the
        player runs and the hosts its calls go to. It reads those calls, keeps them in this browser's session storage until the tab
        closes, and sends nothing anywhere.
      </p>
      {requested.length > 0 && (
        <section>
          <h2>This site</h2>
          <p>{sites}</p>
          {covered ? (
            <p class="covered">Already captured.</p>
          ) : (
            <button type="button" id="grant-site" onClick={() => ask(requested, sites)}>
              Capture on this site
            </button>
          )}
        </section>
      )}
      <section>
        <h2>All sites</h2>
        <p>Capture on every site, without asking per site. The browser will say the extension can read your data on all websites.</p>
        <button type="button" id="grant-all" onClick={() => ask([ALL_SITES], 'all sites')}>
          Capture on all sites
        </button>
      </section>
      <p class="status" role="status">
        {status}
      </p>
      <section>
        <h2>Sites captured</h2>
        {granted === undefined ? null : granted.length === 0 ? (
          <p class="none">None: the extension captures nothing.</p>
        ) : (
          <ul class="granted" aria-label="Sites captured">
            {granted.map((pattern) => (
              <li key={pattern} data-pattern={pattern}>
                <span>{siteLabel(pattern)}</span>
                <button type="button" aria-label={`Revoke ${siteLabel(pattern)}`} onClick={() => revoke(pattern)}>
                  Revoke
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
