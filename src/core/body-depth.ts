/**
 * How deeply a JSON text nests its arrays and objects, measured without recursion.
 *
 * Captured bodies and HAR files come from anywhere. JSON.parse itself takes any depth, but
 * everything that walks a parsed value recursively afterwards (JSON.stringify, String(array),
 * a pretty-printer, structured cloning between extension pages) overflows the stack on a body
 * nested some thousands of levels deep. Adobe's bodies nest at most four levels (a statesUpdate's
 * params.statesStart[0]), so a body deeper than MAX_BODY_DEPTH is judged by its depth alone and
 * never handed, parsed, to anything that walks it.
 */
export const MAX_BODY_DEPTH = 64;

export const OPEN_BRACE = 0x7b;
export const OPEN_BRACKET = 0x5b;
export const CLOSE_BRACE = 0x7d;
export const CLOSE_BRACKET = 0x5d;
export const QUOTE = 0x22;
export const BACKSLASH = 0x5c;

/**
 * The nesting depth of `text` when it is deeper than MAX_BODY_DEPTH, else undefined. Meant for
 * text JSON.parse accepted: brackets inside strings are skipped, nothing else is checked.
 *
 * Every body goes through this, so the usual one costs a few native searches: a text with no
 * more than MAX_BODY_DEPTH opening brackets in all (inside strings included) cannot nest deeper,
 * and only a text with more is scanned character by character.
 */
export function excessDepth(text: string): number | undefined {
  if (!hasMoreOpenings(text, '{', '[', MAX_BODY_DEPTH)) return undefined;
  const depth = maxDepth(text);
  return depth > MAX_BODY_DEPTH ? depth : undefined;
}

/** Whether `text` holds more than `limit` of `a` and `b` together. */
function hasMoreOpenings(text: string, a: string, b: string, limit: number): boolean {
  let count = 0;
  for (let i = text.indexOf(a); i >= 0; i = text.indexOf(a, i + 1)) if (++count > limit) return true;
  for (let i = text.indexOf(b); i >= 0; i = text.indexOf(b, i + 1)) if (++count > limit) return true;
  return false;
}

function maxDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      // Skip the string: up to the next quote not escaped by a backslash.
      for (i++; i < text.length; i++) {
        const s = text.charCodeAt(i);
        if (s === BACKSLASH) i++;
        else if (s === QUOTE) break;
      }
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (++depth > max) max = depth;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) depth--;
  }
  return max;
}
