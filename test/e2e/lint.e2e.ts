import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { distDir, ROOT } from './support/paths.js';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

/** Mozilla's addons-linter, as AMO runs it on upload. The one warning allowed is Firefox ignoring a service_worker key. */
it('web-ext lint finds no errors and no unexpected warnings in dist/firefox', async () => {
  const bin = `${ROOT}/node_modules/.bin/web-ext`;
  const { stdout } = await promisify(execFile)(bin, ['lint', '--source-dir', distDir('firefox'), '--output', 'json'], {
    cwd: ROOT,
    maxBuffer: 16 << 20,
  }).catch((e: { stdout?: string }) => ({ stdout: e.stdout ?? '' }));
  const report = JSON.parse(stdout) as { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };
  const summary = (list: LintMessage[]) => list.map((m) => `${m.code} ${m.file ?? ''}: ${m.message}`);
  expect(summary(report.errors)).toEqual([]);
  expect(summary(report.warnings.filter((w) => w.code !== 'BACKGROUND_SERVICE_WORKER_IGNORED'))).toEqual([]);
});
