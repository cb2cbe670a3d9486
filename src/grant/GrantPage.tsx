import { useEffect, useState } from 'preact/hooks';
import type { HostAccess } from '../site-access/host-access.js';
import { ALL_SITES, siteLabel } from '../site-access/patterns.js';
import { listOf } from '../panel/call-summary.js';
import { useTranslator } from '../panel/i18n/use-translator.js';

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
  const t = useTranslator();
  const [granted, setGranted] = useState<readonly string[] | undefined>(undefined);
  const [covered, setCovered] = useState(false);
  const [status, setStatus] = useState('');
  /** What the last request came to, for scripts and tests, whatever the language of the status line. */
  const [outcome, setOutcome] = useState<'granted' | 'refused' | undefined>(undefined);

  useEffect(() => {
    const refresh = async () => {
      setGranted(await access.granted());
      setCovered(requested.length > 0 && (await access.covers(requested)));
    };
    void refresh();
    return access.onChange(() => void refresh());
  }, [access, requested]);

  /** `granted`: what to say once the browser granted the patterns. */
  const ask = (patterns: readonly string[], granted: string) => {
    void access.request(patterns).then(
      (ok) => {
        setOutcome(ok ? 'granted' : 'refused');
        setStatus(ok ? granted : t.t('site-access.not-granted'));
      },
      (error: unknown) => {
        setOutcome('refused');
        setStatus(t.t('site-access.not-granted-because', { reason: error instanceof Error ? error.message : String(error) }));
      },
    );
  };
  const revoke = (pattern: string) => {
    const site = siteLabel(t, pattern);
    void access.revoke(pattern).then((ok) => setStatus(t.t(ok ? 'site-access.revoked' : 'site-access.not-revoked', { site })));
  };
  const sites = listOf(t, requested.map((p) => siteLabel(t, p)));

  return (
    <main class="grant">
      <h1>{t.t('site-access.heading')}</h1>
      <p>{t.t('site-access.intro')}</p>
      {requested.length > 0 && (
        <section>
          <h2>{t.t('site-access.this-site')}</h2>
          <p>{sites}</p>
          {covered ? (
            <p class="covered">{t.t('site-access.covered')}</p>
          ) : (
            <button type="button" id="grant-site" onClick={() => ask(requested, t.t('site-access.granted-site', { sites }))}>
              {t.t('site-access.capture-site')}
            </button>
          )}
        </section>
      )}
      <section>
        <h2>{t.t('site-access.all-sites')}</h2>
        <p>{t.t('site-access.all-sites-hint')}</p>
        <button type="button" id="grant-all" onClick={() => ask([ALL_SITES], t.t('site-access.granted-all'))}>
          {t.t('site-access.capture-all')}
        </button>
      </section>
      <p class="status" role="status" data-outcome={outcome}>
        {status}
      </p>
      <section>
        <h2>{t.t('site-access.captured-sites')}</h2>
        {granted === undefined ? null : granted.length === 0 ? (
          <p class="none">{t.t('site-access.none')}</p>
        ) : (
          <ul class="granted" aria-label={t.t('site-access.captured-sites')}>
            {granted.map((pattern) => (
              <li key={pattern} data-pattern={pattern}>
                <span>{siteLabel(t, pattern)}</span>
                <button type="button" aria-label={t.t('site-access.revoke-label', { site: siteLabel(t, pattern) })} onClick={() => revoke(pattern)}>
                  {t.t('site-access.revoke')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
