/** Every row of the list has this height (CSS sets the same), so the window is plain arithmetic. */
export const ROW_HEIGHT = 22;
/** Rows rendered beyond each edge of the view, so a fast scroll shows no gap. */
export const OVERSCAN = 8;

/** The rows [first, last) to render for a scroll offset and a viewport height (both px). */
export function visibleWindow(count: number, scrollTop: number, viewHeight: number): { first: number; last: number } {
  const header = ROW_HEIGHT;
  // Clamped to the list: a filter can shrink it under a view scrolled further down than its end.
  const first = Math.min(count, Math.max(0, Math.floor((scrollTop - header) / ROW_HEIGHT) - OVERSCAN));
  const last = Math.min(count, Math.ceil((scrollTop + viewHeight) / ROW_HEIGHT) + OVERSCAN);
  return { first, last: Math.max(first, last) };
}

/**
 * How many row slots a viewport needs: more than any window `visibleWindow` gives for it. Rows
 * are keyed by slot (index modulo this), so a scroll refills the rows already in the DOM with
 * other calls instead of building new ones, and no two rows of a window share a key.
 */
export function rowSlots(viewHeight: number): number {
  return Math.ceil(viewHeight / ROW_HEIGHT) + 2 * OVERSCAN + 4;
}

/** A scroll offset and a viewport height (px): what the list renders its rows for. */
export interface ListView {
  top: number;
  height: number;
}

/**
 * The view at the end of a list of `count` rows, for a viewport of at most `maxHeight`: a list
 * opens on its newest calls, and rendering for the tallest the viewport can be gives rows that
 * cover the real view whatever its height turns out to be, so the first frame needs one render.
 */
export function endView(count: number, maxHeight: number): ListView {
  return { top: Math.max(0, (count + 1) * ROW_HEIGHT - maxHeight), height: maxHeight };
}

/**
 * Whether the rows rendered for `rendered` include every row `wanted` shows: then moving to
 * `wanted` needs no new render (the first frame, measured after its render, usually is such a case).
 */
export function windowCovers(count: number, rendered: ListView, wanted: ListView): boolean {
  const have = visibleWindow(count, rendered.top, rendered.height);
  const need = visibleWindow(count, wanted.top, wanted.height);
  return have.first <= need.first && have.last >= need.last;
}
