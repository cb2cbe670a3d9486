import { parseArgs as splitArgv } from 'node:util';
import { isReportFormatId, REPORT_FORMAT_IDS, type ReportFormatId } from '../core/report/index.js';

export interface CliArgs {
  command: 'validate' | 'help' | 'version';
  files: string[];
  format: ReportFormatId;
  color: boolean;
  /** Hide info findings in the text report. */
  quiet: boolean;
  /** The settings file given with --config; absent: mc-inspect.config.json in the working folder, if any. */
  config?: string;
  /** --output FILE: the report goes to this file instead of stdout. */
  output?: string;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

export const USAGE = `Usage: mc-inspect validate [--format text|json|md|junit] [--output FILE] [--quiet] [--no-color] [--config FILE] FILE.har...

Validates the Adobe Media Collection API and Media Edge API calls in HAR files (Chrome's or Firefox's
"Save all as HAR"): each body against the event schemas, and each session's order of
events (ad breaks, pings, timeouts...) against the documented rules.

--format md writes a Markdown report to paste into a ticket, --format junit JUnit XML
for CI; --output FILE writes the report to FILE instead of the standard output.

Settings (rule severities or "off", the player's ping intervals, parameter names your
team accepts) are read from --config FILE, or else from mc-inspect.config.json in the
working folder; docs/rules.md describes the format.

Exit status: 0 no error findings, 1 error findings, 2 the input or the settings could not be used.`;

const OPTIONS = {
  format: { type: 'string' },
  json: { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  config: { type: 'string' },
  output: { type: 'string', short: 'o' },
} as const;

type OptionName = keyof typeof OPTIONS;

function isOption(name: string): name is OptionName {
  return Object.hasOwn(OPTIONS, name);
}

/**
 * node:util splits the command line (`--format=json`, `-qh`, `--`); the options are then read
 * in the order given, so the last of `--color`/`--no-color` or `--json`/`--format` wins. Not
 * strict: node's own errors are several lines long and name node's rules, while a user of the
 * CLI gets one line in our words.
 */
export function parseArgs(argv: readonly string[], env: { isTTY: boolean; noColor: boolean }): CliArgs {
  const { positionals, tokens } = splitArgv({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: false, tokens: true });
  const args: CliArgs = { command: 'help', files: [], format: 'text', color: env.isTTY && !env.noColor, quiet: false };
  let help = false;
  let version = false;
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    if (!isOption(token.name)) throw new UsageError(`unknown option "${token.rawName}"`);
    const { name, rawName, value } = token;
    if (OPTIONS[name].type === 'boolean' && value !== undefined) throw new UsageError(`${rawName} takes no value`);
    if (name === 'format') {
      if (value === undefined || !isReportFormatId(value)) {
        throw new UsageError(`--format takes ${REPORT_FORMAT_IDS.map((id) => `"${id}"`).join(', ')}${value === undefined ? '' : `, not "${value}"`}`);
      }
      args.format = value;
    } else if (name === 'json') args.format = 'json';
    else if (name === 'color') args.color = true;
    else if (name === 'no-color') args.color = false;
    else if (name === 'quiet') args.quiet = true;
    else if (name === 'config') {
      if (!value) throw new UsageError('--config takes a settings file, e.g. --config mc-inspect.config.json');
      args.config = value;
    } else if (name === 'output') {
      if (!value) throw new UsageError('--output takes a file to write the report to, e.g. --output report.md');
      args.output = value;
    } else if (name === 'help') help = true;
    else version = true;
  }
  const [command, ...files] = positionals;
  if (help || command === 'help') return args;
  if (version) return { ...args, command: 'version' };
  if (command === undefined) return args;
  if (command !== 'validate') throw new UsageError(`unknown command "${command}"; try: mc-inspect validate FILE.har`);
  if (files.length === 0) throw new UsageError('no HAR file given; try: mc-inspect validate FILE.har');
  return { ...args, command: 'validate', files };
}
