import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archivePath, packageInfo } from '../../scripts/package-info.js';
import { CHROMIUM_ARGS, CHROMIUM_BINARY, requireBrowser } from './support/browsers.js';
import { launchChromium } from './support/chromium.js';
import { record } from './support/measure.js';
import { ROOT } from './support/paths.js';

const run = promisify(execFile);
const info = packageInfo(ROOT);
const archive = (kind: 'chrome' | 'firefox' | 'source') => join(ROOT, archivePath(info, kind));
const sha256 = async (path: string) => createHash('sha256').update(await readFile(path)).digest('hex');

async function unzipTo(zipPath: string, dir: string): Promise<void> {
  for (const [name, data] of Object.entries(unzipSync(await readFile(zipPath)))) {
    if (name.endsWith('/')) continue;
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), data);
  }
}

/**
 * What the stores receive, checked as they check it: the zips `npm run package` writes (from the
 * build `npm run test:e2e` made), unpacked, and the source archive AMO's reviewers rebuild from.
 */
describe('the store packages', () => {
  let work: string;
  beforeAll(async () => {
    await run(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/package-extension.ts'], { cwd: ROOT });
    await run(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/package-source.ts'], { cwd: ROOT });
    work = await mkdtemp(join(tmpdir(), 'mci-package-'));
  });
  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('the Chrome package loads in Chromium with no manifest errors or install warnings', async () => {
    const dir = join(work, 'chrome-loaded');
    await unzipTo(archive('chrome'), dir);
    const chromium = await launchChromium({ extension: dir, siteAccess: 'none' });
    try {
      expect(await chromium.extensionIssues()).toEqual({ manifestErrors: [], installWarnings: [] });
    } finally {
      await chromium.close();
    }
  });

  it("Chromium's own packer turns the Chrome package into a .crx without an error", async () => {
    const dir = join(work, 'chrome-packed');
    await unzipTo(archive('chrome'), dir);
    const chromium = requireBrowser(CHROMIUM_BINARY);
    // It validates the manifest and every file it names; on a problem it exits non-zero, says why and writes nothing.
    const { stderr } = await run(chromium, ['--headless', ...CHROMIUM_ARGS, `--user-data-dir=${join(work, 'packer-profile')}`, `--pack-extension=${dir}`]);
    expect(stderr).not.toMatch(/ERROR:.*(manifest|extension|load)/i);
    const crx = await readFile(`${dir}.crx`);
    expect(crx.subarray(0, 4).toString('latin1')).toBe('Cr24');
  });

  it('the Firefox package passes web-ext lint with no warnings at all', async () => {
    const dir = join(work, 'firefox-linted');
    await unzipTo(archive('firefox'), dir);
    const { stdout } = await run(join(ROOT, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', dir, '--output', 'json'], { maxBuffer: 16 << 20 }).catch(
      (e: { stdout?: string }) => ({ stdout: e.stdout ?? '' }),
    );
    const report = JSON.parse(stdout) as Record<'errors' | 'warnings' | 'notices', Array<{ code: string; message: string }>>;
    expect([...report.errors, ...report.warnings, ...report.notices].map((m) => `${m.code}: ${m.message}`)).toEqual([]);
  });

  /*
   * As an AMO reviewer does it: the source archive unpacked in an empty folder, `npm ci`, then
   * `npm run package`. A real `npm ci` (from the npm cache the repository's own install filled:
   * --offline), not a link to this node_modules, so a dependency the lockfile does not pin shows.
   */
  it('the source archive rebuilds both packages byte for byte with npm ci && npm run package', async () => {
    const dir = join(work, 'from-source');
    await unzipTo(archive('source'), dir);
    expect(existsSync(join(dir, 'node_modules'))).toBe(false);
    const started = Date.now();
    await run('npm', ['ci', '--offline', '--no-audit', '--no-fund'], { cwd: dir, maxBuffer: 16 << 20 });
    const installed = Date.now();
    await run('npm', ['run', 'package'], { cwd: dir, maxBuffer: 16 << 20 });
    record('node', 'rebuild from the source archive', { npmCiMs: installed - started, packageMs: Date.now() - installed });
    for (const kind of ['firefox', 'chrome'] as const) {
      expect({ kind, sha256: await sha256(join(dir, archivePath(info, kind))) }).toEqual({ kind, sha256: await sha256(archive(kind)) });
    }
  });
});
