import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';

const root = new URL('../../src/core/', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Packages that are only type declarations: an `import type` of them leaves nothing at run time. */
const TYPE_ONLY_PACKAGES = ['har-format'];

/**
 * The core runs unchanged in node, the service worker and the panel. tsconfig.core.json already
 * compiles it without DOM or node types; this catches what types cannot: imports.
 */
test.each(sources(root).map((p) => relative(root, p)))('src/core/%s imports only the core (and the generated validators)', (file) => {
  const text = readFileSync(join(root, file), 'utf8');
  const imports = [...text.matchAll(/^\s*(import type|import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)];
  for (const [, kind, spec = ''] of imports) {
    if (kind === 'import type' && TYPE_ONLY_PACKAGES.includes(spec)) continue;
    expect(spec, `${file} imports ${spec}`).toMatch(/^\.\.?\//);
    const resolved = join(root, file, '..', spec);
    expect(resolved.startsWith(root), `${file} imports ${spec}, outside src/core`).toBe(true);
  }
  // A global, not a property of ours: `this.window.push` is fine, `window.postMessage` is not.
  expect(text).not.toMatch(/(?<![.\w])(document|window|chrome|browser|navigator|localStorage|process|require)\s*[.(]/);
});
