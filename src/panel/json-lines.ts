/**
 * A JSON value pretty-printed as lines of plain text, each knowing the JSON pointer of the value
 * it shows, so the details view can highlight what a finding points at. The view renders the
 * text as text nodes; nothing here is ever markup.
 */
export interface JsonLine {
  depth: number;
  /** The line's text without indentation, e.g. `"media.id": "abc",`. */
  text: string;
  pointer: string;
  highlighted: boolean;
}

/** Lines of `value`, with those inside any of `pointers` (RFC 6901) highlighted. */
export function jsonLines(value: unknown, pointers: readonly string[] = []): JsonLine[] {
  const lines: JsonLine[] = [];
  const hit = (pointer: string) => pointers.some((p) => pointer === p || pointer.startsWith(p + '/'));
  const push = (depth: number, text: string, pointer: string) => lines.push({ depth, text, pointer, highlighted: hit(pointer) });

  const walk = (v: unknown, depth: number, pointer: string, prefix: string, comma: string) => {
    if (v !== null && typeof v === 'object') {
      const isArray = Array.isArray(v);
      const pairs: Array<[string, unknown]> = isArray ? v.map((x, i) => [String(i), x]) : Object.entries(v);
      const [open, close] = isArray ? ['[', ']'] : ['{', '}'];
      if (pairs.length === 0) return push(depth, `${prefix}${open}${close}${comma}`, pointer);
      push(depth, prefix + open, pointer);
      pairs.forEach(([k, x], i) => {
        const childPrefix = isArray ? '' : `${JSON.stringify(k)}: `;
        walk(x, depth + 1, `${pointer}/${escapePointer(k)}`, childPrefix, i < pairs.length - 1 ? ',' : '');
      });
      push(depth, close + comma, pointer);
      return;
    }
    push(depth, `${prefix}${JSON.stringify(v) ?? String(v)}${comma}`, pointer);
  };
  walk(value, 0, '', '', '');
  return lines;
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
