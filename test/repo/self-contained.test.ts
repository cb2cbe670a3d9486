/**
 * A clone of the repository is all a user has: nothing tracked may read, import or cite a file
 * outside it. The reference material this project was written from lives beside the repository
 * on the machines that wrote it, never in a user's clone; what the code needs from it is carried
 * into the repository (test/fixtures/adobe/, docs/contradictions.md).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Tracked text files: sources, tests, scripts, bench, docs, configs (binary files hold no paths). */
const FILES = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' })
  .split('\0')
  .filter((f) => f !== '' && !/\.(png|jpe?g|gif|ico|zip|woff2?)$/.test(f));

const text = (file: string) => readFileSync(join(ROOT, file), 'utf8');

/** Places outside the repository that the project was written beside. */
const OUTSIDE = [
  { name: 'the shared reference copy', pattern: /\bshared\/(reference|notes)\b/ },
  { name: 'an absolute path of the machine it was written on', pattern: /(^|[\s'"`(=:])\/work\// },
  { name: 'the rules digest kept beside the repository', pattern: /\bmc-api-rules\.md\b/ },
];

/**
 * A relative path that starts by climbing (`../`), at a word's start: in an import, a
 * `new URL(…, import.meta.url)`, a Markdown link, a comment.
 */
const CLIMBING_PATH = /(?<![\w./-])((?:\.\.\/)+[\w@.-][^\s'"`)\]>,;]*)/g;

/** Every climbing path of a file that, resolved from the file's folder, leaves the repository. */
function escapingPaths(file: string, content: string): string[] {
  const out: string[] = [];
  for (const [, path] of content.matchAll(CLIMBING_PATH)) {
    const target = resolve(ROOT, dirname(file), path!);
    if (relative(ROOT, target).startsWith('..')) out.push(path!);
  }
  return out;
}

describe('the repository stands on its own', () => {
  test('there are tracked files to look at, from every part of the repository', () => {
    for (const part of ['src/', 'test/', 'scripts/', 'bench/', 'docs/', 'README.md', 'package.json', 'tsconfig.json']) {
      expect(FILES.some((f) => f.startsWith(part)), part).toBe(true);
    }
  });

  test.each(OUTSIDE)('no tracked file names $name', ({ pattern }) => {
    const hits = FILES.flatMap((file) =>
      text(file)
        .split('\n')
        .flatMap((line, i) => (pattern.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(hits).toEqual([]);
  });

  test('no tracked file reaches a relative path outside the repository', () => {
    const hits = FILES.flatMap((file) => escapingPaths(file, text(file)).map((p) => `${file}: ${p}`));
    expect(hits).toEqual([]);
  });

  test('the checks catch what they are for, and leave prose and in-repo paths alone', () => {
    // The outside names are put together here, so that this file does not name them itself.
    const shared = 'shared';
    const machine = `/${'work'}/`;
    const up3 = '../'.repeat(3);
    const flagged = (line: string) => OUTSIDE.some(({ pattern }) => pattern.test(line));
    expect(flagged(`readFileSync('${machine}${shared}/notes/x.md')`)).toBe(true);
    expect(flagged(` * see ${shared}/reference/adobe-media-collection-api/overview.md`)).toBe(true);
    expect(flagged(`numbered as in ${'mc-api-rules'}.md §6`)).toBe(true);
    expect(flagged('the shared empty list; shared/ state; every worker shares work')).toBe(false);
    expect(flagged('https://example.com/work/x and node_modules/.vite/work/')).toBe(false);

    expect(escapingPaths('test/core/x.test.ts', `new URL('${up3}${shared}/x.md', import.meta.url)`)).toEqual([`${up3}${shared}/x.md`]);
    expect(escapingPaths('test/core/schema/x.test.ts', `import { a } from '${up3}src/core/a.js';`)).toEqual([]);
    expect(escapingPaths('test/fixtures/adobe/README.md', `[the page](${up3}docs/contradictions.md)`)).toEqual([]);
    expect(escapingPaths('docs/rules.md', 'see [README](../README.md) and [out](../../elsewhere.md)')).toEqual(['../../elsewhere.md']);
    expect(escapingPaths('src/a.ts', `const url = '/api/v1/../sessions';`)).toEqual([]);
  });
});
