import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';

const src = new URL('../../src/', import.meta.url).pathname;
/** The pure parts: the core, and the message catalog with its formatter, which the core's reports use. */
const PURE_DIRS = ['core', 'i18n'].map((dir) => join(src, dir) + '/');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Packages that are only type declarations: an `import type` of them leaves nothing at run time. */
const TYPE_ONLY_PACKAGES = ['har-format'];
/** Plain JavaScript over the language's own Intl: FormatJS's ICU message formatter and parser. */
const PURE_PACKAGES = ['intl-messageformat', '@formatjs/icu-messageformat-parser'];

/**
 * The core runs unchanged in node, the service worker and the panel. tsconfig.core.json already
 * compiles it without DOM or node types; this catches what types cannot: imports.
 */
test.each(PURE_DIRS.flatMap((dir) => sources(dir)).map((p) => relative(src, p)))('src/%s imports only the core, the catalog (and the generated validators)', (file) => {
  const text = readFileSync(join(src, file), 'utf8');
  const imports = [...text.matchAll(/^\s*(import type|import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)];
  for (const [, kind, spec = ''] of imports) {
    if (kind === 'import type' && TYPE_ONLY_PACKAGES.includes(spec)) continue;
    if (PURE_PACKAGES.includes(spec)) continue;
    expect(spec, `${file} imports ${spec}`).toMatch(/^\.\.?\//);
    const resolved = join(src, file, '..', spec);
    expect(PURE_DIRS.some((dir) => resolved.startsWith(dir)), `${file} imports ${spec}, outside src/core and src/i18n`).toBe(true);
  }
  // A global, not a property of ours: `this.window.push` is fine, `window.postMessage` is not.
  expect(text).not.toMatch(/(?<![.\w])(document|window|chrome|browser|navigator|localStorage|process|require)\s*[.(]/);
});
