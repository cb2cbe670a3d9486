import { existsSync, readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from '../test/e2e/support/paths.js';

/** Exits when dist/chrome is missing, and warns when the sources changed since it was built. */
export function requireFreshBuild(script: string): void {
  const manifest = resolve(ROOT, 'dist/chrome/manifest.json');
  if (!existsSync(manifest)) {
    console.error(`${script} measures the built extension, and dist/chrome is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
  const built = statSync(manifest).mtimeMs;
  const stale = ['src/panel', 'src/background', 'src/messaging', 'src/core'].some((dir) => newerThan(resolve(ROOT, dir), built));
  if (stale) console.warn('Note: src/ has changed since dist/chrome was built; these figures are of the older build (`npm run build`).');
}

function newerThan(path: string, time: number): boolean {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs > time;
  return readdirSync(path).some((name) => newerThan(resolve(path, name), time));
}
