/**
 * Why a release must not be cut from a folder now, or undefined when it may. Apart from
 * release.ts so the tests can run it against a throwaway git repository.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageInfo } from './package-info.js';

export function releaseTag(version: string): string {
  return `v${version}`;
}

export function releaseRefusal(root: string): string | undefined {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });
  const { version } = packageInfo(root);
  // Untracked files count too: the packages are built from the folder, not from the commit.
  const dirty = git('status', '--porcelain').trim();
  if (dirty !== '') return `the working tree is not clean; commit or remove these first:\n${dirty}`;
  const tag = releaseTag(version);
  if (git('tag', '--list', tag).trim() !== '') return `${tag} is already tagged: raise "version" in package.json (and add its section to CHANGELOG.md) first`;
  if (!changelogSection(readFileSync(join(root, 'CHANGELOG.md'), 'utf8'), version)) return `CHANGELOG.md has no "## ${version}" section: say what changed for users first`;
  return undefined;
}

/** The text under `## <version>` in the changelog, up to the next version's heading. */
export function changelogSection(changelog: string, version: string): string | undefined {
  const lines = changelog.split('\n');
  const start = lines.findIndex((l) => l === `## ${version}` || l.startsWith(`## ${version} `));
  if (start < 0) return undefined;
  const end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n').trim() || undefined;
}
