import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { HarError } from '../core/har/read-har.js';
import { countBySeverity, reportHar, type FileReport } from '../core/report/file-report.js';
import { REPORT_FORMATS } from '../core/report/index.js';
import { printable } from '../core/report/printable.js';
import { translatorFor } from '../i18n/translator.js';
import { parseArgs, usage, UsageError } from './args.js';
import { ConfigError, loadSettings, type LoadedSettings } from './config-file.js';
import { environmentLocale } from './language.js';

declare const __VERSION__: string | undefined;

/** Runs the CLI; returns the exit status (0 clean, 1 error findings, 2 unusable input). */
export async function main(
  argv: readonly string[],
  io: { out: NodeJS.WritableStream & { isTTY?: boolean }; err: NodeJS.WritableStream; env: NodeJS.ProcessEnv; cwd?: string } = {
    out: process.stdout,
    err: process.stderr,
    env: process.env,
  },
): Promise<number> {
  const fail = (line: string) => {
    io.err.write(`mc-inspect: ${line}\n`);
    return 2;
  };
  let args;
  try {
    args = parseArgs(argv, { isTTY: Boolean(io.out.isTTY), noColor: 'NO_COLOR' in io.env });
  } catch (e) {
    if (e instanceof UsageError) return fail(translatorFor(e.lang ?? environmentLocale(io.env)).text(e.detail));
    throw e;
  }
  const t = translatorFor(args.lang ?? environmentLocale(io.env));
  if (args.command === 'help') {
    io.out.write(usage(t) + '\n');
    return 0;
  }
  if (args.command === 'version') {
    io.out.write(`${typeof __VERSION__ === 'string' ? __VERSION__ : 'dev'}\n`);
    return 0;
  }
  let loaded: LoadedSettings | undefined;
  try {
    loaded = await loadSettings(args.config, io.cwd ?? process.cwd());
  } catch (e) {
    if (e instanceof ConfigError) return fail(e.say(t));
    throw e;
  }
  const reports: FileReport[] = [];
  for (const file of args.files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
      return fail(t.t('cli.error.cannot-read', { file, reason: missing ? t.t('cli.error.no-such-file') : (e as Error).message }));
    }
    try {
      reports.push(reportHar(file, text, loaded?.settings));
    } catch (e) {
      // The message may quote the file (JSON.parse shows where it failed): kept to one printable line.
      if (e instanceof HarError) return fail(`${printable(file)}: ${printable(e.message)}`);
      throw e;
    }
  }
  const status = countBySeverity(reports).errors > 0 ? 1 : 0;
  // A file never gets terminal colours; the exit status is the findings', wherever the report goes.
  const text = REPORT_FORMATS[args.format].write(reports, { ...args, color: args.color && args.output === undefined, settings: loaded, translator: t });
  const report = text.endsWith('\n') ? text : text + '\n';
  if (args.output === undefined) {
    io.out.write(report);
    return status;
  }
  try {
    await writeFile(resolve(io.cwd ?? process.cwd(), args.output), report);
  } catch (e) {
    return fail(t.t('cli.error.cannot-write', { file: args.output, reason: (e as Error).message }));
  }
  return status;
}
