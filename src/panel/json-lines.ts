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
  // A line is hit when its pointer or one of its ancestors is pointed at: looked up in a set, as
  // a body can carry thousands of findings (one per unknown key) and as many lines.
  const pointed = new Set(pointers);
  const hit = (pointer: string) => {
    for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
      if (pointed.has(p)) return true;
      if (p === '') return false;
    }
  };
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
