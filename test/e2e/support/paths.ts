import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');

/** The built extension; `npm run test:e2e` builds it first. */
export function distDir(target: 'chrome' | 'firefox'): string {
  const dir = resolve(ROOT, 'dist', target);
  if (!existsSync(resolve(dir, 'manifest.json'))) {
    throw new Error(`${dir} is not built: run \`npm run build:extension\` (npm run test:e2e does it for you).`);
  }
  return dir;
}
