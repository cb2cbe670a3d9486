// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { App } from '../../../src/panel/components/App.js';
import { scenarioCalls, storeWith } from './captured-store.js';

afterEach(cleanup);

it('Escape closes the details from wherever the focus is in them', () => {
  const store = storeWith(scenarioCalls('ads-outside-break'));
  render(<App store={store} onClear={() => undefined} />);
  const grid = screen.getByRole('grid', { name: 'Media Collection API calls' });
  const stray = within(grid).getAllByRole('row').find((r) => r.textContent!.includes('adStart'))!;
  fireEvent.dblClick(stray);
  const details = screen.getByRole('complementary', { name: 'Call details' });
  const copy = within(details).getByRole('button', { name: 'Copy as cURL' });
  copy.focus();
  fireEvent.keyDown(copy, { key: 'Escape' });
  expect(screen.queryByRole('complementary', { name: 'Call details' })).toBeNull();
  expect(stray.getAttribute('aria-selected')).toBe('true');
});
