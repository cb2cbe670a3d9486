/**
 * `npm run release`: cuts the release of package.json's version. It refuses a working tree
 * that is not clean or a version already tagged (release-checks.ts); otherwise it builds the two
 * store packages and the source archive, and tags the commit `v<version>` with the changelog's
 * section as the message. It pushes and uploads nothing: it prints what to do next.
 * Apart from `npm run package` (which any build may run) and from the reproducible build
 * itself (which it only calls).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { archivePath, packageInfo } from './package-info.js';
import { changelogSection, releaseRefusal, releaseTag } from './release-checks.js';

const root = resolve(process.cwd());
const refusal = releaseRefusal(root);
if (refusal) {
  console.error(`npm run release: not releasing: ${refusal}`);
  process.exit(1);
}
const info = packageInfo(root);
const run = (command: string, args: string[]) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });
run('npm', ['run', 'package']);
run('npm', ['run', 'package:source']);
const notes = changelogSection(readFileSync(join(root, 'CHANGELOG.md'), 'utf8'), info.version)!;
const tag = releaseTag(info.version);
run('git', ['tag', '--annotate', tag, '--message', `${tag}\n\n${notes}`]);
console.log(`
Tagged ${tag}. Next, by hand:
  git push origin ${tag}
  Chrome Web Store: upload ${archivePath(info, 'chrome')}
  addons.mozilla.org: upload ${archivePath(info, 'firefox')}, and ${archivePath(info, 'source')} as the source code
    (store/AMO-REVIEWERS.md tells the reviewers how to rebuild it)`);
