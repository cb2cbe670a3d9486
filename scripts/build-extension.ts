/**
 * `npm run build:extension`: dist/chrome/ and dist/firefox/ from the one manifest.json.
 * Run `npm run gen` first: the core's validators are generated ahead of time because MV3 pages
 * and workers forbid `new Function`, which is checked on the output below.
 */
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { build } from 'vite';
import { backgroundConfig, pagesConfig, STAGE_DIR } from '../vite.extension.config.js';
import { CONTRADICTIONS_PAGE } from '../src/panel/contradiction-link.js';
import { renderContradictionsPage } from './contradictions-page.js';
import { manifestFor, TARGETS, type SourceManifest } from './extension-manifest.js';

const root = resolve(import.meta.dirname, '..');
// The packages are the same bytes whatever the caller's environment: Vite and Preact read
// NODE_ENV (a test runner sets it to "test"), so the build sets it.
process.env.NODE_ENV = 'production';

await build(pagesConfig);
await build(backgroundConfig);
await assertNoRuntimeCodegen(STAGE_DIR);

const source = JSON.parse(await readFile(join(root, 'manifest.json'), 'utf8')) as SourceManifest;
const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { version: string };
// The panel links a finding's C-citation to this page; an extension can open only what it ships.
const contradictionsPage = renderContradictionsPage(await readFile(join(root, 'docs/contradictions.md'), 'utf8'));
for (const target of TARGETS) {
  const out = join(root, 'dist', target);
  await rm(out, { recursive: true, force: true });
  await cp(STAGE_DIR, out, { recursive: true });
  // The manifest's name and description are __MSG_ keys: each browser reads them from here.
  await cp(join(root, '_locales'), join(out, '_locales'), { recursive: true });
  await writeFile(join(out, 'manifest.json'), JSON.stringify(manifestFor(source, target, version), null, 2) + '\n');
  await mkdir(dirname(join(out, CONTRADICTIONS_PAGE)), { recursive: true });
  await writeFile(join(out, CONTRADICTIONS_PAGE), contradictionsPage);
  console.log(`built dist/${target}/`);
}
await rm(STAGE_DIR, { recursive: true, force: true });

/** The CSP of MV3 extension pages and workers makes these throw at run time: fail the build instead. */
async function assertNoRuntimeCodegen(dir: string): Promise<void> {
  const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.js'));
  for (const file of files) {
    const code = await readFile(join(dir, file), 'utf8');
    const hit = /\bnew Function\s*\(|(?<![\w.$])eval\s*\(/.exec(code);
    if (hit) throw new Error(`${file} uses ${hit[0]}: MV3 forbids code generation at run time (precompile it).`);
  }
}
