import { english } from '../i18n/translator.js';
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { HarError } from '../core/har/read-har.js';
import { countBySeverity, reportHar, type FileReport } from '../core/report/file-report.js';
import { REPORT_FORMATS } from '../core/report/index.js';
import { parseArgs, USAGE, UsageError } from './args.js';
import { ConfigError, loadSettings, type LoadedSettings } from './config-file.js';
import { printable } from '../core/report/printable.js';

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
  let args;
  try {
    args = parseArgs(argv, { isTTY: Boolean(io.out.isTTY), noColor: 'NO_COLOR' in io.env });
  } catch (e) {
    if (e instanceof UsageError) {
      io.err.write(`mc-inspect: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  if (args.command === 'help') {
    io.out.write(USAGE + '\n');
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
    if (e instanceof ConfigError) {
      io.err.write(`mc-inspect: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  const reports: FileReport[] = [];
  for (const file of args.files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      io.err.write(`mc-inspect: cannot read ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}\n`);
      return 2;
    }
    try {
      reports.push(reportHar(file, text, loaded?.settings));
    } catch (e) {
      if (e instanceof HarError) {
        // The message may quote the file (JSON.parse shows where it failed): kept to one printable line.
        io.err.write(`mc-inspect: ${printable(file)}: ${printable(e.message)}\n`);
        return 2;
      }
      throw e;
    }
  }
  const status = countBySeverity(reports).errors > 0 ? 1 : 0;
  // A file never gets terminal colours; the exit status is the findings', wherever the report goes.
  const text = REPORT_FORMATS[args.format].write(reports, { ...args, color: args.color && args.output === undefined, settings: loaded, translator: english });
  const report = text.endsWith('\n') ? text : text + '\n';
  if (args.output === undefined) {
    io.out.write(report);
    return status;
  }
  try {
    await writeFile(resolve(io.cwd ?? process.cwd(), args.output), report);
  } catch (e) {
    io.err.write(`mc-inspect: cannot write ${args.output}: ${(e as Error).message}\n`);
    return 2;
  }
  return status;
}
