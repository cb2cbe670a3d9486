/**
 * `npm run package:source`: dist/<name>-<version>-source.zip, every file git tracks, for AMO's
 * reviewers. Unpacked, `npm ci && npm run package` on the Node version in .nvmrc rebuilds the
 * Firefox package byte for byte (store/AMO-REVIEWERS.md; test/e2e/package.e2e.ts proves it).
 * Zipped by zip.ts, so the archive itself is reproducible too. Generated sources
 * (src/core/generated/) are not tracked: the build writes them from the tracked generators.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { archivePath, packageInfo } from './package-info.js';
import { zip } from './zip.js';

const root = resolve(import.meta.dirname, '..');
const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });

// A tracked file deleted in the working tree is left out: the archive is what a build here would see.
const tracked = git('ls-files', '-z').split('\0').filter((path) => path !== '' && existsSync(join(root, path)));
const files = await Promise.all(tracked.map(async (name) => ({ name, data: await readFile(join(root, name)) })));
const out = archivePath(packageInfo(root), 'source');
await writeFile(join(root, out), zip(files));
console.log(`packed ${out} (${files.length} files)`);
if (git('status', '--porcelain', '--untracked-files=no').trim() !== '') {
  console.warn('note: tracked files have changes not committed; the archive holds them as they are now');
}
