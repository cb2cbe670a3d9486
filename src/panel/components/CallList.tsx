import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CallEntry, TabEntry } from '../../messaging/entry.js';
import type { Filters } from '../filters.js';
import type { PanelStore } from '../store.js';
import { endView, rowSlots, visibleWindow, windowCovers, ROW_HEIGHT, type ListView } from '../virtual-window.js';
import { markFirstRowsPainted } from '../first-paint.js';
import { hiddenColumns } from '../layout/columns.js';
import { CallRow } from './CallRow.js';
import { NavigationRow } from './NavigationRow.js';
import { useTranslator } from '../i18n/use-translator.js';
import { richText } from '../i18n/rich-text.js';

/** The calls, or why there are none. */
export function CallList({ store }: { store: PanelStore }) {
  const t = useTranslator();
  if (store.entries.value.length === 0) return <EmptyList />;
  if (store.visible.value.length === 0) return <p class="empty">{t.t('panel.calls.none-match')}</p>;
  return <CallTable store={store} />;
}

/**
 * The calls, virtualised: only the rows in view (plus a margin) are in the DOM, between two
 * spacer rows, and scrolling refills those rows (see rowSlots) rather than building new ones.
 * While the list is scrolled to its end it follows new calls, as the Network panel
 * does; otherwise new rows leave the rows in view where they are, older ones arriving above
 * them (a large tab loads newest first) included.
 */
function CallTable({ store }: { store: PanelStore }) {
  const t = useTranslator();
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<ListView>(() => endView(store.visible.value.length, window.innerHeight));
  // Columns that give way to a narrow list, as classes on the table: the rows stay as they are.
  const [hidden, setHidden] = useState('');
  const atEnd = useRef(true);
  /** The scroll offset at the last scroll event, to tell a move up from rows arriving below. */
  const lastTop = useRef(0);
  const before = useRef<{ first: TabEntry | undefined; filters: Filters }>({ first: undefined, filters: store.filters.value });
  const entries = store.visible.value;
  const findings = store.findings.value;
  const selected = store.selectedCallId.value;
  /** What the last render drew rows for. */
  const shown = useRef<ListView>(view);
  /** After a scroll or a change of size or rows: render for where the list now is, unless the rows already there cover it. */
  const follow = (el: HTMLElement) => {
    const wanted = { top: el.scrollTop, height: el.clientHeight };
    const count = store.visible.peek().length; // now, not when this render's closures were made
    if (!windowCovers(count, shown.current, wanted)) setView(wanted);
  };

  useLayoutEffect(() => {
    const el = scroller.current!;
    const measure = () => {
      if (atEnd.current) el.scrollTop = el.scrollHeight;
      follow(el);
      setHidden([...hiddenColumns(el.clientWidth)].map((c) => ` hide-${c}`).join(''));
    };
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    measure();
    markFirstRowsPainted();
    return () => observer.disconnect();
  }, []);

  // Rows arrived or left: the scroll follows in the next frame, where the browser lays the page
  // out anyway. Read or set here, the list's scroll offset would lay out the whole panel inside
  // the task that changed the rows: each batch of an imported file's calls would pay for it.
  const scrollLater = useRef<{ frame: number; movedRows: number } | undefined>(undefined);
  useLayoutEffect(() => {
    const previous = before.current;
    before.current = { first: entries[0], filters: store.filters.value };
    // Older entries arrived above (not at the end): the rows in view move down by as many rows, so they stay put.
    const moved = !atEnd.current && previous.first !== undefined && previous.first !== entries[0] && previous.filters === store.filters.value ? Math.max(0, entries.indexOf(previous.first)) : 0;
    if (scrollLater.current) {
      scrollLater.current.movedRows += moved;
      return;
    }
    const pending = { movedRows: moved, frame: 0 };
    pending.frame = requestAnimationFrame(() => {
      scrollLater.current = undefined;
      const el = scroller.current;
      if (!el) return;
      // Follow the end of a growing list, when the user was there.
      if (atEnd.current) el.scrollTop = el.scrollHeight;
      else if (pending.movedRows > 0) el.scrollTop += pending.movedRows * ROW_HEIGHT;
      follow(el);
    });
    scrollLater.current = pending;
  }, [entries]);
  useLayoutEffect(() => () => scrollLater.current && cancelAnimationFrame(scrollLater.current.frame), []);

  // Keep the selected row in view when the keyboard moves it.
  useLayoutEffect(() => {
    if (selected === undefined) return;
    const el = scroller.current!;
    const index = entries.findIndex((e) => e.kind === 'call' && e.call.id === selected);
    if (index < 0) return;
    const rowTop = (index + 1) * ROW_HEIGHT; // +1: the header row
    if (rowTop < el.scrollTop + ROW_HEIGHT) el.scrollTop = rowTop - ROW_HEIGHT;
    else if (rowTop + ROW_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = rowTop + ROW_HEIGHT - el.clientHeight;
  }, [selected]);

  const onScroll = () => {
    const el = scroller.current!;
    // Rows can arrive between the list's own scroll to its end (in a frame) and the scroll event
    // that scroll fires: the list has grown under it, yet the user did not leave the end. Only a
    // move up does that.
    if (el.scrollTop + el.clientHeight >= el.scrollHeight - 2) atEnd.current = true;
    else if (el.scrollTop < lastTop.current) atEnd.current = false;
    lastTop.current = el.scrollTop;
    // Also the scroll the list makes itself when it opens at its end: no second render for it.
    follow(el);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      store.moveSelection(e.key === 'ArrowDown' ? 1 : -1);
    } else if (e.key === 'Enter' && store.selectedCallId.value !== undefined) {
      store.detailsOpen.value = true;
    } else if (e.key === 'Escape') {
      store.detailsOpen.value = false;
    }
  };

  // At the end, the rows of the end at once, however many rows arrived: no need to ask the browser where the list is.
  shown.current = atEnd.current ? endView(entries.length, view.height) : view;
  const { first, last } = visibleWindow(entries.length, shown.current.top, shown.current.height);
  const slots = rowSlots(view.height);
  const previousAt = previousCallTimes(entries, first, last);
  return (
    <div class="call-list" ref={scroller} onScroll={onScroll} tabIndex={0} onKeyDown={onKeyDown} aria-label={t.t('panel.calls.keys')}>
      <table class={`calls${hidden}`} role="grid" aria-rowcount={entries.length + 1} aria-activedescendant={selected ? `row-${selected}` : undefined} aria-label={t.t('panel.calls.grid')}>
        <thead>
          <tr role="row" aria-rowindex={1}>
            <th class="time" role="columnheader">{t.t('panel.calls.time')}</th>
            <th class="delta" role="columnheader" title={t.t('panel.calls.delta-title')}>Δ</th>
            <th class="playhead" role="columnheader">{t.t('panel.calls.playhead')}</th>
            <th class="event" role="columnheader">{t.t('panel.calls.event')}</th>
            <th class="status" role="columnheader">{t.t('panel.calls.status')}</th>
            <th class="findings" role="columnheader">{t.t('panel.calls.findings')}</th>
          </tr>
        </thead>
        <tbody>
          {first > 0 && <tr class="spacer" aria-hidden="true" style={{ height: `${first * ROW_HEIGHT}px` }} />}
          {entries.slice(first, last).map((entry, i) =>
            entry.kind === 'call' ? (
              <CallRow
                key={(first + i) % slots}
                entry={entry}
                findings={findings.get(entry.call.id)}
                previousAt={previousAt[i]}
                rowIndex={first + i}
                selected={entry.call.id === selected}
                onSelect={store.select}
              />
            ) : (
              <NavigationRow key={(first + i) % slots} entry={entry} />
            ),
          )}
          {last < entries.length && <tr class="spacer" aria-hidden="true" style={{ height: `${(entries.length - last) * ROW_HEIGHT}px` }} />}
        </tbody>
      </table>
    </div>
  );
}

/** The start of the call before each row of the window (navigation markers are skipped). */
function previousCallTimes(entries: readonly TabEntry[], first: number, last: number): Array<number | undefined> {
  let prev: number | undefined;
  for (let i = first - 1; i >= 0 && prev === undefined; i--) {
    const e = entries[i]!;
    if (e.kind === 'call') prev = e.call.startedAt;
  }
  const out: Array<number | undefined> = [];
  for (let i = first; i < last; i++) {
    out.push(prev);
    const e = entries[i] as CallEntry | { kind: 'navigation' };
    if (e.kind === 'call') prev = e.call.startedAt;
  }
  return out;
}

function EmptyList() {
  const t = useTranslator();
  return (
    <div class="empty">
      <p>
        <strong>{t.t('panel.calls.empty-title')}</strong>
      </p>
      <p>{richText(t, 'panel.calls.empty-body', { sessions: <code>/api/v1/sessions</code>, events: <code>/api/v1/sessions/&#123;sid&#125;/events</code>, edge: <code>/va/v1/&#123;event&#125;</code> })}</p>
    </div>
  );
}
