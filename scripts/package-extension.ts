/**
 * `npm run package`: dist/media-collection-inspector-<version>-chrome.zip and -firefox.zip,
 * from the builds `npm run build:extension` left in dist/chrome and dist/firefox. The manifest
 * sits at the root of each archive, as both stores require.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { TARGETS } from './extension-manifest.js';
import { zip } from './zip.js';

const root = resolve(import.meta.dirname, '..');
const { name, version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { name: string; version: string };

for (const target of TARGETS) {
  const dir = join(root, 'dist', target);
  const paths = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  const files = await Promise.all(
    paths.map(async (e) => {
      const full = join(e.parentPath, e.name);
      return { name: full.slice(dir.length + 1).split('\\').join('/'), data: await readFile(full) };
    }),
  );
  if (!files.some((f) => f.name === 'manifest.json')) throw new Error(`${dir} has no manifest.json: run npm run build:extension`);
  const out = join(root, 'dist', `${name}-${version}-${target}.zip`);
  await writeFile(out, zip(files));
  console.log(`packed ${out.slice(root.length + 1)} (${files.length} files)`);
}
