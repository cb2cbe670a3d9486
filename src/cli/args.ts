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

Validates the Adobe Media Collection API calls in HAR files (Chrome's or Firefox's
"Save all as HAR"): each body against the event schemas, and each session's order of
events (ad breaks, pings, timeouts...) against the documented rules.

--format md writes a Markdown report to paste into a ticket, --format junit JUnit XML
for CI; --output FILE writes the report to FILE instead of the standard output.

Settings (rule severities or "off", the player's ping intervals, parameter names your
team accepts) are read from --config FILE, or else from mc-inspect.config.json in the
working folder; docs/rules.md describes the format.

Exit status: 0 no error findings, 1 error findings, 2 the input or the settings could not be used.`;

export function parseArgs(argv: readonly string[], env: { isTTY: boolean; noColor: boolean }): CliArgs {
  const args: CliArgs = { command: 'help', files: [], format: 'text', color: env.isTTY && !env.noColor, quiet: false };
  const rest = [...argv];
  const first = rest.shift();
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') return args;
  if (first === '-v' || first === '--version') return { ...args, command: 'version' };
  if (first !== 'validate') throw new UsageError(`unknown command "${first}"; try: mc-inspect validate FILE.har`);
  args.command = 'validate';
  while (rest.length) {
    const a = rest.shift()!;
    if (a === '--format' || a.startsWith('--format=')) {
      const value = a.includes('=') ? a.slice(a.indexOf('=') + 1) : rest.shift();
      if (value === undefined || !isReportFormatId(value)) throw new UsageError(`--format takes ${REPORT_FORMAT_IDS.map((id) => `"${id}"`).join(', ')}, not "${value ?? ''}"`);
      args.format = value;
    } else if (a === '--json') args.format = 'json';
    else if (a === '--no-color') args.color = false;
    else if (a === '--color') args.color = true;
    else if (a === '--quiet' || a === '-q') args.quiet = true;
    else if (a === '--config' || a.startsWith('--config=')) {
      const value = a.includes('=') ? a.slice(a.indexOf('=') + 1) : rest.shift();
      if (!value) throw new UsageError('--config takes a settings file, e.g. --config mc-inspect.config.json');
      args.config = value;
    }
    else if (a === '--output' || a === '-o' || a.startsWith('--output=')) {
      const value = a.includes('=') ? a.slice(a.indexOf('=') + 1) : rest.shift();
      if (!value) throw new UsageError('--output takes a file to write the report to, e.g. --output report.md');
      args.output = value;
    }
    else if (a === '-h' || a === '--help') return { ...args, command: 'help' };
    else if (a === '--') args.files.push(...rest.splice(0));
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option "${a}"`);
    else args.files.push(a);
  }
  if (args.files.length === 0) throw new UsageError('no HAR file given; try: mc-inspect validate FILE.har');
  return args;
}
