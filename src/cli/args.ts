import { parseArgs as splitArgv } from 'node:util';
import { isReportFormatId, REPORT_FORMAT_IDS, type ReportFormatId } from '../core/report/index.js';
import type { MessageId } from '../i18n/catalog.js';
import type { UiLocale } from '../i18n/locales.js';
import { message, type Message, type MessageValues } from '../i18n/message.js';
import { english, type Translator } from '../i18n/translator.js';
import { LANG_TAGS, langOption } from './language.js';

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
  /** --lang: the language of the report and the messages; absent: the environment's (language.ts). */
  lang?: UiLocale;
}

/** A command line we cannot run: one line, said in `lang` when one was given, else in the environment's language. */
export class UsageError extends Error {
  override name = 'UsageError';
  constructor(
    readonly detail: Message,
    /** The --lang given, when it was one we speak. */
    readonly lang?: UiLocale,
  ) {
    super(english.text(detail));
  }
}

/** The --help text, in `t`'s language. */
export function usage(t: Translator): string {
  return t.t('cli.help', { languages: LANG_TAGS.join(', ') });
}

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
  lang: { type: 'string' },
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
  // --lang first, wherever it stands, so that the other mistakes are told in its language.
  for (const token of tokens) {
    if (token.kind !== 'option' || token.name !== 'lang') continue;
    const languages = LANG_TAGS.join(', ');
    if (!token.value) throw new UsageError(message('cli.error.lang-missing', { languages }));
    const lang = langOption(token.value);
    if (lang === undefined) throw new UsageError(message('cli.error.lang', { languages, value: token.value }));
    args.lang = lang;
  }
  const fail = (id: MessageId, values?: MessageValues) => new UsageError(message(id, values), args.lang);
  let help = false;
  let version = false;
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    if (!isOption(token.name)) throw fail('cli.error.unknown-option', { option: token.rawName });
    const { name, rawName, value } = token;
    if (OPTIONS[name].type === 'boolean' && value !== undefined) throw fail('cli.error.takes-no-value', { option: rawName });
    if (name === 'format') {
      if (value === undefined || !isReportFormatId(value)) {
        const formats = REPORT_FORMAT_IDS.map((id) => `"${id}"`).join(', ');
        throw value === undefined ? fail('cli.error.format-missing', { formats }) : fail('cli.error.format', { formats, value });
      }
      args.format = value;
    } else if (name === 'json') args.format = 'json';
    else if (name === 'color') args.color = true;
    else if (name === 'no-color') args.color = false;
    else if (name === 'quiet') args.quiet = true;
    else if (name === 'config') {
      if (!value) throw fail('cli.error.config-missing');
      args.config = value;
    } else if (name === 'output') {
      if (!value) throw fail('cli.error.output-missing');
      args.output = value;
    } else if (name === 'help') help = true;
    else if (name === 'version') version = true;
  }
  const [command, ...files] = positionals;
  if (help || command === 'help') return args;
  if (version) return { ...args, command: 'version' };
  if (command === undefined) return args;
  if (command !== 'validate') throw fail('cli.error.unknown-command', { command });
  if (files.length === 0) throw fail('cli.error.no-file');
  return { ...args, command: 'validate', files };
}
