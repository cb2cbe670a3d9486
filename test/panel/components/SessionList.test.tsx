// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { entryId } from '../../../src/messaging/entry.js';
import { CallList } from '../../../src/panel/components/CallList.js';
import { SessionList } from '../../../src/panel/components/SessionList.js';
import { createPanelStore, type PanelStore } from '../../../src/panel/store.js';
import { adStart, ev, toCalls } from '../../support/calls.js';
import { snapshotOf } from '../fixtures.js';
import { scenarioCalls, storeWith } from './captured-store.js';

afterEach(cleanup);

const MID_SID = 'd'.repeat(64);
/** A session whose start came before the capture: its ad has no break in sight. */
const joinedMidSession = () =>
  toCalls([{ body: ev('play', 1, {}, 100) }, { body: adStart(2, 'mid-ad', 101) }, { body: ev('adComplete', 17, {}, 101) }], { sid: MID_SID, idPrefix: 'mid' });

function renderSessions(store: PanelStore) {
  render(
    <>
      <SessionList store={store} />
      <CallList store={store} />
    </>,
  );
  return screen.getByRole('listbox', { name: 'Sessions' });
}

const option = (list: HTMLElement, name: string | RegExp) => within(list).getByRole('option', { name });
const events = () =>
  within(screen.getByRole('grid'))
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getAllByRole('gridcell')[3]!.textContent);

describe('session list', () => {
  it('names each session by its media, marks one whose start was not captured, and counts its errors and warnings', () => {
    const list = renderSessions(storeWith([...scenarioCalls('ads-outside-break'), ...joinedMidSession()]));
    option(list, 'All sessions (2)');
    const film = option(list, /^The Inspector, episode 1/);
    within(film).getByText('ended');
    within(film).getByTitle('2 errors');
    expect(within(film).queryByTitle(/warning/)).toBeNull();
    const mid = option(list, /^sid dddddddd… \(start not captured\)/);
    within(mid).getByText('active');
    within(mid).getByTitle('3 warnings');
    expect(within(mid).queryByTitle(/error/)).toBeNull();
  });

  it("counts what the session's own rows show", () => {
    const list = renderSessions(storeWith([...scenarioCalls('ads-outside-break'), ...joinedMidSession()]));
    fireEvent.click(option(list, /start not captured/));
    const labels = within(screen.getByRole('grid'))
      .getAllByRole('gridcell')
      .map((c) => c.getAttribute('aria-label'))
      .filter((l): l is string => l !== null && l !== 'no findings');
    const warnings = labels.reduce((n, l) => n + Number(/(\d+) warnings?/.exec(l)?.[1] ?? 0), 0);
    expect(warnings).toBe(3);
  });

  it('picking a session lists only its calls; All sessions lists every call again', () => {
    const list = renderSessions(storeWith([...scenarioCalls('ads-outside-break'), ...joinedMidSession()]));
    expect(events()).toHaveLength(17);
    fireEvent.click(option(list, /start not captured/));
    expect(option(list, /start not captured/).getAttribute('aria-selected')).toBe('true');
    expect(option(list, 'All sessions (2)').getAttribute('aria-selected')).toBe('false');
    expect(events()).toEqual(['play', 'adStart', 'adComplete']);
    fireEvent.click(option(list, 'All sessions (2)'));
    expect(events()).toHaveLength(17);
    expect(option(list, 'All sessions (2)').getAttribute('aria-selected')).toBe('true');
  });

  it("gives a session's length only once all its calls have arrived", () => {
    const store = createPanelStore();
    const { entries, findings, callSessions, ...rest } = snapshotOf(scenarioCalls('ads-outside-break'));
    const part = (from: number, to?: number) => {
      const own = new Set(entries.slice(from, to).map(entryId));
      return { entries: entries.slice(from, to), findings: findings.filter((f) => own.has(f.callId)), callSessions: Object.fromEntries(Object.entries(callSessions).filter(([id]) => own.has(id))) };
    };
    store.handlers.snapshot!({ ...rest, ...part(6) });
    const list = renderSessions(store);
    const film = option(list, /^The Inspector, episode 1/);
    within(film).getByLabelText('Duration: measured once every call has arrived');
    act(() => store.handlers.snapshotPart!(part(0, 6)));
    expect(within(film).queryByLabelText(/^Duration/)).toBeNull();
    within(film).getByText('31 s');
  });

  it('shows markup in a media name as text', () => {
    const calls = toCalls([{ body: { ...ev('sessionStart', 0), params: { 'media.name': '<b>bold</b> film', 'media.id': 'x' } } }], { idPrefix: 'markup' });
    const list = renderSessions(storeWith(calls));
    const film = option(list, /^<b>bold<\/b> film/);
    expect(film.querySelector('b')).toBeNull();
  });

  it('says how a session begins while there is none', () => {
    render(<SessionList store={createPanelStore()} />);
    screen.getByText(/^No sessions yet\. A session begins with a sessionStart sent to \/api\/v1\/sessions\./);
  });
});
