/** Every row of the list has this height (CSS sets the same), so the window is plain arithmetic. */
export const ROW_HEIGHT = 22;
/** Rows rendered beyond each edge of the view, so a fast scroll shows no gap. */
export const OVERSCAN = 8;

/** The rows [first, last) to render for a scroll offset and a viewport height (both px). */
export function visibleWindow(count: number, scrollTop: number, viewHeight: number): { first: number; last: number } {
  const header = ROW_HEIGHT;
  const first = Math.max(0, Math.floor((scrollTop - header) / ROW_HEIGHT) - OVERSCAN);
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
