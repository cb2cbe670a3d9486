/** Every row of the list has this height (CSS sets the same), so the window is plain arithmetic. */
export const ROW_HEIGHT = 22;
/** Rows rendered beyond each edge of the view, so a fast scroll shows no gap. */
export const OVERSCAN = 20;

/** The rows [first, last) to render for a scroll offset and a viewport height (both px). */
export function visibleWindow(count: number, scrollTop: number, viewHeight: number): { first: number; last: number } {
  const header = ROW_HEIGHT;
  const first = Math.max(0, Math.floor((scrollTop - header) / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(count, Math.ceil((scrollTop + viewHeight) / ROW_HEIGHT) + OVERSCAN);
  return { first, last: Math.max(first, last) };
}
