// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { watchApiTraffic, type NetworkEntry } from '../../../src/panel/site-access/api-traffic.js';
import { createSiteAccessOffer } from '../../../src/panel/site-access/site-access-offer.js';
import { SiteAccessBar } from '../../../src/panel/site-access/SiteAccessBar.js';
import { ALL_SITES } from '../../../src/site-access/patterns.js';
import { fakeHostAccess } from '../../site-access/fake-host-access.js';

afterEach(cleanup);

/** A stand-in for devtools.network: the test finishes requests as DevTools would report them. */
function simulatedNetwork() {
  const listeners: Array<(entry: NetworkEntry) => void> = [];
  return {
    onRequestFinished: { addListener: (l: (entry: NetworkEntry) => void) => void listeners.push(l) },
    finish: (method: string, url: string, headers: Array<{ name: string; value: string }> = []) => listeners.forEach((l) => l({ request: { method, url, headers } })),
  };
}

function setUp(granted: string[] = [], inspectedPage = async () => undefined as string | undefined) {
  const access = fakeHostAccess(granted);
  const network = simulatedNetwork();
  const offer = createSiteAccessOffer(access, inspectedPage);
  watchApiTraffic(network, offer.saw);
  const asked: Array<readonly string[]> = [];
  render(<SiteAccessBar offer={offer} onGrant={(p) => asked.push(p)} />);
  return { access, network, asked };
}

const PAGE = [{ name: 'Origin', value: 'https://www.example.com' }];

it('offers to capture on the site when DevTools shows an API call the extension has no access to, and asks for the page and API hosts', async () => {
  const { network, asked } = setUp();
  network.finish('GET', 'https://www.example.com/app.js', PAGE);
  network.finish('OPTIONS', 'https://collector.example.net/api/v1/sessions', PAGE);
  expect(screen.queryByRole('status')).toBeNull();
  network.finish('POST', 'https://collector.example.net/api/v1/sessions', PAGE);
  const bar = await screen.findByRole('status');
  expect(bar.textContent).toContain('www.example.com, collector.example.net');
  fireEvent.click(screen.getByRole('button', { name: 'Capture on this site' }));
  expect(asked).toEqual([['*://www.example.com/*', '*://collector.example.net/*']]);
});

it('withdraws the offer once a grant covers the site, and offers again when the grant is revoked', async () => {
  const { access, network } = setUp();
  network.finish('POST', 'https://www.example.com/media/api/v1/sessions/abc/events', PAGE);
  await screen.findByRole('status');
  access.grant(['*://www.example.com/*']);
  await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
  await access.revoke('*://www.example.com/*');
  await screen.findByRole('status');
});

it('offers nothing where capture already sees the calls: all sites granted', async () => {
  const { access, network } = setUp([ALL_SITES]);
  network.finish('POST', 'https://collector.example.net/api/v1/sessions', PAGE);
  expect(access.lastCheck).toBeDefined();
  expect(await access.lastCheck).toBe(true);
  expect(screen.queryByRole('status')).toBeNull();
});

it("asks DevTools for the page's address when the call carried neither Origin nor Referer", async () => {
  const { network, asked } = setUp([], async () => 'https://tv.example.org/live');
  network.finish('POST', 'https://collector.example.net/api/v1/sessions');
  await screen.findByRole('status');
  fireEvent.click(screen.getByRole('button', { name: 'Capture on this site' }));
  expect(asked).toEqual([['*://tv.example.org/*', '*://collector.example.net/*']]);
});
