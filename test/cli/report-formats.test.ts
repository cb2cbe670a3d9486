import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { schemaErrors, xpath } from '../support/xmllint.js';

const dir = mkdtempSync(join(tmpdir(), 'mc-inspect-reports-'));
const chromeHar = new URL('../fixtures/har/chrome-network-panel.har', import.meta.url).pathname;

/** On a terminal: a report written with --output must still have no colours. */
const run = (...argv: string[]) => runCli(dir, argv, { isTTY: true });

describe('mc-inspect validate --format md | junit, --output', () => {
  test('--format md writes the Markdown report, and the exit status still says there are errors', async () => {
    const { code, out } = await run('validate', '--format', 'md', chromeHar);
    expect(code).toBe(1);
    expect(out).toMatch(/^# Media Collection API report\n\n\*\*Verdict: FAIL\*\*: 5 errors/);
    expect(out).toContain('- **ad-outside-break** #3 adStart:');
    expect(out).not.toContain('\u001b[');
  });

  test('--format junit writes JUnit XML valid against the schema Jenkins uses', async () => {
    const { code, out } = await run('validate', '--format=junit', chromeHar);
    expect(code).toBe(1);
    expect(schemaErrors(out)).toEqual([]);
    expect(xpath(out, 'count(//testcase/failure)')).toBe('5');
  });

  test('a clean file exits 0 in every format', async () => {
    const clean = join(dir, 'no-api.har');
    writeFileSync(clean, JSON.stringify({ log: { version: '1.2', creator: { name: 'x', version: '1' }, entries: [] } }));
    for (const format of ['text', 'json', 'md', 'junit']) expect((await run('validate', '--format', format, clean)).code).toBe(0);
  });

  test('--output writes the same report to the file (no colours, even on a terminal), prints nothing, keeps the exit status', async () => {
    for (const format of ['md', 'junit', 'json', 'text']) {
      const target = `report.${format}`;
      const written = await run('validate', '--format', format, '--output', target, chromeHar);
      expect(written).toMatchObject({ code: 1, out: '', err: '' });
      const printed = await run('validate', '--format', format, '--no-color', chromeHar);
      expect(readFileSync(join(dir, target), 'utf8')).toBe(printed.out);
    }
  });

  test('--output to a place that cannot be written is exit 2 with one line', async () => {
    const { code, err } = await run('validate', '--output', join(dir, 'no/such/folder/r.md'), chromeHar);
    expect(code).toBe(2);
    expect(err).toMatch(/^mc-inspect: cannot write .*no\/such\/folder\/r\.md: .*\n$/);
  });
});
