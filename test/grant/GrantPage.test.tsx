// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { GrantPage } from '../../src/grant/GrantPage.js';
import { ALL_SITES } from '../../src/site-access/patterns.js';
import { fakeHostAccess } from '../site-access/fake-host-access.js';

afterEach(cleanup);

const SITE = ['*://www.example.com/*', '*://collector.example.net/*'];

it('asks for exactly the sites the panel named, then lists them with a Revoke each', async () => {
  const access = fakeHostAccess();
  render(<GrantPage access={access} requested={SITE} />);
  expect(await screen.findByText('None: the extension captures nothing.')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Capture on this site' }));
  expect(access.requests).toEqual([SITE]);
  expect((await screen.findByRole('status')).textContent).toContain('Capturing on www.example.com, collector.example.net');
  const list = await screen.findByRole('list', { name: 'Sites captured' });
  expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['www.example.comRevoke', 'collector.example.netRevoke']);
  expect(await screen.findByText('Already captured.')).toBeTruthy();

  fireEvent.click(within(list).getByRole('button', { name: 'Revoke www.example.com' }));
  expect(await screen.findByText('No longer capturing on www.example.com.')).toBeTruthy();
  expect(within(screen.getByRole('list', { name: 'Sites captured' })).getAllByRole('listitem')).toHaveLength(1);
  expect(await access.granted()).toEqual(['*://collector.example.net/*']);
});

it('from the toolbar, with no site named, offers all sites and the list only', async () => {
  const access = fakeHostAccess();
  render(<GrantPage access={access} requested={[]} />);
  expect(screen.queryByRole('button', { name: 'Capture on this site' })).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: 'Capture on all sites' }));
  expect(access.requests).toEqual([[ALL_SITES]]);
  const list = await screen.findByRole('list', { name: 'Sites captured' });
  expect(within(list).getByRole('listitem').textContent).toBe('All sitesRevoke');
});
