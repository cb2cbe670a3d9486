/** The User Timing mark set when the first rows of calls are on screen; `npm run bench` reads it. */
export const FIRST_ROWS_MARK = 'mci:first-rows';

let marked = false;

/**
 * Marks, once per page, the first frame that shows call rows, in the page's own clock (from
 * navigation start). A requestAnimationFrame callback runs just before that frame is drawn; a
 * task posted from it runs once the frame is done. The task is posted at the highest priority,
 * so it is not queued behind the snapshot parts that may still be arriving.
 */
export function markFirstRowsPainted(): void {
  if (marked) return;
  marked = true;
  requestAnimationFrame(() => {
    const mark = () => void performance.mark(FIRST_ROWS_MARK);
    if (typeof scheduler !== 'undefined' && 'postTask' in scheduler) void scheduler.postTask(mark, { priority: 'user-blocking' });
    else setTimeout(mark, 0);
  });
}
