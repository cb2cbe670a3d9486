import { describe, expect, test } from 'vitest';
import { parseArgs, UsageError } from '../../src/cli/args.js';

const tty = { isTTY: true, noColor: false };
const parse = (...argv: string[]) => parseArgs(argv, tty);

/** The usage error a command line gives (failing the test when it gives none). */
function usageError(...argv: string[]): UsageError {
  try {
    parse(...argv);
  } catch (e) {
    if (e instanceof UsageError) return e;
    throw e;
  }
  throw new Error(`${argv.join(' ')} was accepted`);
}

describe('mc-inspect arguments', () => {
  test('validate with its defaults: text, colour on a terminal unless NO_COLOR', () => {
    expect(parse('validate', 'a.har', 'b.har')).toEqual({ command: 'validate', files: ['a.har', 'b.har'], format: 'text', color: true, quiet: false });
    expect(parseArgs(['validate', 'a.har'], { isTTY: true, noColor: true }).color).toBe(false);
    expect(parseArgs(['validate', 'a.har'], { isTTY: false, noColor: false }).color).toBe(false);
  });

  test('options in either spelling, anywhere after the command', () => {
    expect(parse('validate', '--format=json', 'a.har').format).toBe('json');
    expect(parse('validate', 'a.har', '--format', 'json').format).toBe('json');
    expect(parse('validate', '--json', 'a.har').format).toBe('json');
    expect(parse('validate', '-q', 'a.har').quiet).toBe(true);
    expect(parse('validate', '--quiet', 'a.har').quiet).toBe(true);
    expect(parse('validate', '--format', 'junit', '--output', 'r.xml', 'a.har')).toMatchObject({ format: 'junit', output: 'r.xml', files: ['a.har'] });
    expect(parse('validate', '-o', 'r.md', '--format=md', 'a.har')).toMatchObject({ format: 'md', output: 'r.md', files: ['a.har'] });
    expect(parse('validate', '--config=team.json', 'a.har').config).toBe('team.json');
  });

  test('the last of opposing options wins', () => {
    expect(parse('validate', '--no-color', '--color', 'a.har').color).toBe(true);
    expect(parse('validate', '--color', '--no-color', 'a.har').color).toBe(false);
    expect(parse('validate', '--json', '--format', 'text', 'a.har').format).toBe('text');
    expect(parse('validate', '--format', 'text', '--json', 'a.har').format).toBe('json');
  });

  test('after --, names that start with a dash are files; a lone - is a file', () => {
    expect(parse('validate', '-', '--', '--odd.har').files).toEqual(['-', '--odd.har']);
  });

  test.each([[[]], [['help']], [['-h']], [['--help']], [['validate', 'a.har', '-h']], [['validate', '-qh']]])('%j asks for help', (argv) => {
    expect(parse(...argv).command).toBe('help');
  });

  test.each([[['-v']], [['--version']]])('%j asks for the version', (argv) => {
    expect(parse(...argv).command).toBe('version');
  });

  test.each([
    [['frobnicate'], 'unknown command "frobnicate"; try: mc-inspect validate FILE.har'],
    [['validate'], 'no HAR file given; try: mc-inspect validate FILE.har'],
    [['validate', '--bogus', 'a.har'], 'unknown option "--bogus"'],
    [['validate', '-z', 'a.har'], 'unknown option "-z"'],
    [['validate', '--format', 'xml', 'a.har'], '--format takes "text", "json", "md", "junit", not "xml"'],
    [['validate', '--format=xml', 'a.har'], '--format takes "text", "json", "md", "junit", not "xml"'],
    [['validate', 'a.har', '--format'], '--format takes "text", "json", "md", "junit"'],
    [['validate', '--format', '--quiet', 'a.har'], '--format takes "text", "json", "md", "junit", not "--quiet"'],
    [['validate', '--quiet=yes', 'a.har'], '--quiet takes no value'],
    [['validate', '--lang', 'ja', 'a.har'], '--lang takes en, de, nl, zh-CN, pt-BR, fr, en-XA, not "ja"'],
    [['validate', '--lang=zh-TW', 'a.har'], '--lang takes en, de, nl, zh-CN, pt-BR, fr, en-XA, not "zh-TW"'],
    [['validate', 'a.har', '--lang'], '--lang takes en, de, nl, zh-CN, pt-BR, fr, en-XA'],
  ])('%j is a usage error: %s', (argv, message) => {
    expect(usageError(...argv).message).toBe(message);
  });

  test.each([
    ['fr', 'fr'],
    ['de-DE', 'de'],
    ['de_AT.UTF-8', 'de'],
    ['pt-PT', 'pt-BR'],
    ['zh-Hans', 'zh-CN'],
    ['en-GB', 'en'],
    ['en', 'en'],
    ['en-XA', 'en-XA'],
  ])('--lang %s speaks %s', (tag, locale) => {
    expect(parse('validate', '--lang', tag, 'a.har').lang).toBe(locale);
    expect(parse('validate', `--lang=${tag}`, 'a.har').lang).toBe(locale);
  });

  test('a mistake anywhere on the line is told in the --lang given, even one before it', () => {
    expect(usageError('validate', '--bogus', '--lang', 'fr', 'a.har')).toMatchObject({ lang: 'fr', detail: { id: 'cli.error.unknown-option' } });
    expect(usageError('frobnicate', '--lang=de').lang).toBe('de');
    expect(usageError('validate').lang).toBeUndefined();
  });
});
