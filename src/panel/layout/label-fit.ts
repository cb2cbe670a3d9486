/** Smallest text the timeline draws, px: below it labels are unreadable, so they are shortened or dropped instead. */
export const TIMELINE_FONT_PX = 11;

const ELLIPSIS = '…';

/**
 * `text` as it fits in `room` px: whole, else cut with an ellipsis, else undefined (drop it)
 * when not even its first `minChars` characters and the ellipsis fit. Text is never squeezed.
 */
export function fitLabel(text: string, room: number, measure: (text: string) => number, minChars = 2): string | undefined {
  if (measure(text) <= room) return text;
  const chars = [...text];
  // The longest prefix that fits with the ellipsis: binary search, as measuring costs.
  let lo = 0;
  let hi = chars.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(chars.slice(0, mid).join('').trimEnd() + ELLIPSIS) <= room) lo = mid;
    else hi = mid - 1;
  }
  if (lo < Math.min(minChars, chars.length)) return undefined;
  return chars.slice(0, lo).join('').trimEnd() + ELLIPSIS;
}

/** A measure for node and for the first render: an average glyph of the timeline's font. */
export function estimateWidth(text: string): number {
  return [...text].length * TIMELINE_FONT_PX * 0.6;
}
