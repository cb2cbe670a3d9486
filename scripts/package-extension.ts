/**
 * `npm run package`: dist/media-collection-inspector-<version>-chrome.zip and -firefox.zip,
 * from the builds `npm run build:extension` left in dist/chrome and dist/firefox. The manifest
 * sits at the root of each archive, as both stores require. The same build always packs to the
 * same bytes (see zip.ts).
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { TARGETS } from './extension-manifest.js';
import { archivePath, packageInfo } from './package-info.js';
import { zipDirectory } from './zip.js';

const root = resolve(import.meta.dirname, '..');
const info = packageInfo(root);

for (const target of TARGETS) {
  const dir = join(root, 'dist', target);
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`${dir} has no manifest.json: run npm run build:extension`);
  const { archive, files } = await zipDirectory(dir);
  const out = archivePath(info, target);
  await writeFile(join(root, out), archive);
  console.log(`packed ${out} (${files} files)`);
}
