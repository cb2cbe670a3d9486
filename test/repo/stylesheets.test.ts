import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

/*
 * Our stylesheets nest no rule. A lost closing brace does not break a stylesheet: since CSS
 * nesting, every rule after it is read as nested in the unclosed one, and matches nothing. Two
 * merges once did that to panel.css, and the imported-files line, the drop target and the site
 * access offer all lost their styles without any other test noticing.
 */
const SRC = new URL('../../src', import.meta.url).pathname;

function stylesheets(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? stylesheets(join(dir, e.name)) : e.name.endsWith('.css') ? [join(dir, e.name)] : [],
  );
}

/** Where a style rule opens inside another style rule, and whether every block closes: as "line N: …". */
function nestingProblems(css: string): string[] {
  const problems: string[] = [];
  const open: Array<{ atRule: boolean; line: number }> = [];
  let line = 1;
  let prelude = '';
  for (let i = 0; i < css.length; i++) {
    const ch = css[i]!;
    if (ch === '\n') line += 1;
    if (ch === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      const stop = end < 0 ? css.length : end + 2;
      line += (css.slice(i, stop).match(/\n/g) ?? []).length;
      i = stop - 1;
      continue;
    }
    if (ch === '"' || ch === "'") {
      const end = css.indexOf(ch, i + 1);
      prelude += css.slice(i, end < 0 ? css.length : end + 1);
      i = end < 0 ? css.length : end;
      continue;
    }
    if (ch === '{') {
      const atRule = prelude.trim().startsWith('@');
      if (!atRule && open.some((b) => !b.atRule)) problems.push(`line ${line}: "${prelude.trim()}" opens inside the rule of line ${open.at(-1)!.line}`);
      open.push({ atRule, line });
      prelude = '';
    } else if (ch === '}') {
      if (open.pop() === undefined) problems.push(`line ${line}: a closing brace with no block to close`);
      prelude = '';
    } else if (ch === ';') {
      prelude = '';
    } else {
      prelude += ch;
    }
  }
  for (const b of open) problems.push(`line ${b.line}: a block that never closes`);
  return problems;
}

describe('the stylesheets', () => {
  test.each(stylesheets(SRC).map((p) => [relative(SRC, p), p]))('%s nests no rule, and closes every block', (_name, path) => {
    expect(nestingProblems(readFileSync(path, 'utf8'))).toEqual([]);
  });

  test('the check finds a lost closing brace, and lets @media and strings with braces through', () => {
    expect(nestingProblems('.a {\n  color: red;\n.b {\n  color: blue;\n}\n')).toEqual(['line 3: ".b" opens inside the rule of line 1', 'line 1: a block that never closes']);
    expect(nestingProblems('@media (width < 500px) {\n  .a { content: "{"; }\n}\n/* .x { */\n.b { color: red; }\n')).toEqual([]);
  });
});
