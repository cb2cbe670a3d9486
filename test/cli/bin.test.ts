import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { expect, test } from 'vitest';

const bin = new URL('../../bin/mc-inspect.js', import.meta.url).pathname;
const built = new URL('../../dist/cli/mc-inspect.js', import.meta.url).pathname;
const har = new URL('../fixtures/har/chrome-network-panel.har', import.meta.url).pathname;

test('the built bin runs as `npx mc-inspect` would, with its exit status', () => {
  expect(existsSync(built), 'dist/cli is missing: run `npm run build` first').toBe(true);
  const r = spawnSync(process.execPath, [bin, 'validate', '--format', 'json', har], { encoding: 'utf8' });
  expect(r.status).toBe(1);
  expect(JSON.parse(r.stdout).summary.errors).toBe(5);
  expect(execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8' }).trim()).toMatch(/^\d+\.\d+\.\d+$/);
});
