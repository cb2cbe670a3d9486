// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CallList } from '../../../src/panel/components/CallList.js';
import { Details } from '../../../src/panel/components/Details.js';
import type { PanelStore } from '../../../src/panel/store.js';
import { createPanelStore } from '../../../src/panel/store.js';
import { adStart, ev, sessionStart, toCalls } from '../../support/calls.js';
import { entriesOf } from '../fixtures.js';
import { scenarioCalls, storeWith } from './captured-store.js';

afterEach(cleanup);

/** After every call of the demo scenarios. */
const LATER = 1_760_000_100_000;

/** The list and the details beside it, as the panel shows them. */
function renderList(store: PanelStore) {
  render(
    <>
      <CallList store={store} />
      <Details store={store} />
    </>,
  );
  return screen.getByRole('grid', { name: 'Media Collection API calls' });
}

/** A row's cells as a person reads them: time, Δ, playhead, event, status, findings. */
function cells(row: HTMLElement): string[] {
  return within(row).getAllByRole('gridcell').map((c) => c.textContent!.trim());
}

function callRows(grid: HTMLElement): HTMLElement[] {
  return within(grid).getAllByRole('row').filter((r) => within(r).queryAllByRole('gridcell').length > 0);
}

const selectedRows = (grid: HTMLElement) => callRows(grid).filter((r) => r.getAttribute('aria-selected') === 'true');
const details = () => screen.queryByRole('complementary', { name: 'Call details' });

describe('call rows', () => {
  it('show each call with its playhead, event type, status and the count of its findings', () => {
    const calls = toCalls([
      { body: sessionStart(0) },
      { body: ev('play', 1, {}, 1) },
      { body: adStart(2, 'stray', 2) },
      { body: ev('play', 3, {}, 3), status: 410 },
      { body: ev('ping', 4, {}, 4), networkError: 'net::ERR_CONNECTION_REFUSED' },
      { body: {}, withheld: 'too large' },
    ]);
    const grid = renderList(storeWith(calls));
    const shown = callRows(grid).map((row) => {
      const [, , playhead, event, status, findings] = within(row).getAllByRole('gridcell');
      return [playhead!.textContent, event!.textContent, status!.textContent!.replace(/^\W+ /, ''), findings!.getAttribute('aria-label')];
    });
    expect(shown).toEqual([
      ['0', 'sessionStart', '201', 'no findings'],
      // No body, so no ts: listed by when the browser sent it.
      ['', '(body withheld)', '204', '1 info'],
      ['1', 'play', '204', 'no findings'],
      ['2', 'adStart', '204', '1 error, 1 info'],
      ['3', 'play', '410', '1 error'],
      ['4', 'ping', 'failed', '1 error'],
    ]);
  });

  it('say there are no calls yet, and where calls come from', () => {
    render(<CallList store={createPanelStore()} />);
    screen.getByText('No Media Collection API or Media Edge API calls in this tab yet.');
    for (const path of ['/api/v1/sessions', '/api/v1/sessions/{sid}/events', '/va/v1/{event}']) expect(screen.getByText(path).tagName).toBe('CODE');
  });

  it('say when the filters hide every call', () => {
    const store = storeWith(scenarioCalls('ads-outside-break'));
    store.setFilter('text', 'no call has this');
    render(<CallList store={store} />);
    screen.getByText('No calls match the filters.');
  });
});

describe('selecting a call', () => {
  it('by click selects the row; a double click opens its details', () => {
    const store = storeWith(scenarioCalls('ads-outside-break'));
    const grid = renderList(store);
    const stray = callRows(grid).find((r) => cells(r)[3] === 'adStart')!;
    fireEvent.click(stray);
    expect(selectedRows(grid)).toEqual([stray]);
    expect(details()).toBeNull();
    fireEvent.dblClick(stray);
    within(details()!).getByText('"eventType": "adStart",');
    within(details()!).getByText(/^adStart outside an ad break/);
  });

  it('by keyboard: arrows move the selection, Enter opens the details, Escape closes them', () => {
    const store = storeWith(scenarioCalls('ads-outside-break'));
    const grid = renderList(store);
    const list = screen.getByLabelText('Calls: arrows move, Enter opens details, Escape closes them');
    list.focus();
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    expect(selectedRows(grid).map((r) => cells(r)[3])).toEqual(['sessionStart']);
    expect(grid.getAttribute('aria-activedescendant')).toBe(selectedRows(grid)[0]!.id);
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    expect(selectedRows(grid).map((r) => cells(r)[3])).toEqual(['adStart']);
    fireEvent.keyDown(list, { key: 'ArrowUp' });
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    expect(details()).toBeNull();
    fireEvent.keyDown(list, { key: 'Enter' });
    within(details()!).getByText('"eventType": "adStart",');
    fireEvent.keyDown(list, { key: 'Escape' });
    expect(details()).toBeNull();
    expect(selectedRows(grid).map((r) => cells(r)[3])).toEqual(['adStart']);
  });

  it('by keyboard stops at either end of the list', () => {
    const store = storeWith(scenarioCalls('unload'));
    const grid = renderList(store);
    const list = screen.getByLabelText(/^Calls: arrows move/);
    fireEvent.keyDown(list, { key: 'ArrowUp' });
    const last = callRows(grid).at(-1)!;
    expect(selectedRows(grid)).toEqual([last]);
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    expect(selectedRows(grid)).toEqual([last]);
  });

  it('keeps the selected row when new calls arrive', () => {
    const store = storeWith(scenarioCalls('ads-outside-break'));
    const grid = renderList(store);
    fireEvent.click(callRows(grid).find((r) => cells(r)[3] === 'adStart')!);
    act(() => store.handlers.entries!(entriesOf(toCalls([{ body: { eventType: 'ping', playerTime: { playhead: 30, ts: LATER } } }], { idPrefix: 'live' }))));
    expect(callRows(grid).at(-1)!.textContent).toContain('ping');
    expect(selectedRows(grid).map((r) => cells(r)[3])).toEqual(['adStart']);
  });
});
