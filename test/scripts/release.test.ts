import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { changelogSection, releaseRefusal } from '../../scripts/release-checks.js';

const ROOT = resolve(import.meta.dirname, '../..');
/** Each `npm run release` starts tsx: seconds on a loaded machine, beyond vitest's default 5 s. */
const SPAWNS = 60_000;
let repo: string;
const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', ...args], { cwd: repo, encoding: 'utf8' });

/** `npm run release` in the throwaway repository: its exit code, what it said, and the tags afterwards. */
async function release(): Promise<{ code: number; stderr: string; tags: string }> {
  const result = await promisify(execFile)(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/release.ts')], { cwd: repo }).then(
    (r) => ({ code: 0, stderr: r.stderr }),
    (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
  );
  return { ...result, tags: git('tag', '--list').trim() };
}

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'mci-release-'));
  git('init', '--quiet');
  writeFileSync(join(repo, 'package.json'), JSON.stringify({ name: 'demo-extension', version: '1.2.3' }));
  writeFileSync(join(repo, 'CHANGELOG.md'), '# Changelog\n\n## 1.2.3\n\n- Something users notice.\n\n## 1.2.2\n\n- Older.\n');
  git('add', '.');
  git('commit', '--quiet', '-m', 'first');
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

it('would release a clean tree whose version is not tagged yet', () => {
  expect(releaseRefusal(repo)).toBeUndefined();
});

it('refuses a working tree with changes, committed or not, and tags nothing', async () => {
  writeFileSync(join(repo, 'CHANGELOG.md'), '# Changelog\n\n## 1.2.3\n\n- Edited.\n');
  const edited = await release();
  expect(edited.code).toBe(1);
  expect(edited.stderr).toContain('the working tree is not clean');
  expect(edited.stderr).toContain('CHANGELOG.md');
  git('checkout', '--', 'CHANGELOG.md');
  writeFileSync(join(repo, 'stray.txt'), 'not in git');
  expect(releaseRefusal(repo)).toContain('stray.txt');
  expect((await release()).tags).toBe('');
}, SPAWNS);

it('refuses a version already tagged', async () => {
  git('tag', 'v1.2.3');
  const again = await release();
  expect(again.code).toBe(1);
  expect(again.stderr).toContain('v1.2.3 is already tagged');
  expect(again.tags).toBe('v1.2.3');
}, SPAWNS);

it('refuses a version the changelog says nothing about', () => {
  writeFileSync(join(repo, 'package.json'), JSON.stringify({ name: 'demo-extension', version: '1.3.0' }));
  git('commit', '--quiet', '-am', 'bump');
  expect(releaseRefusal(repo)).toContain('no "## 1.3.0" section');
});

it("takes a version's section of the changelog, up to the next version", () => {
  const changelog = '# Changelog\n\n## 1.2.3 (2026-12-06)\n\n### Capture\n- A.\n\n## 1.2.2\n\n- B.\n';
  expect(changelogSection(changelog, '1.2.3')).toBe('### Capture\n- A.');
  expect(changelogSection(changelog, '1.2.2')).toBe('- B.');
  expect(changelogSection(changelog, '1.2')).toBeUndefined();
});
