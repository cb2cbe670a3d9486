import type { Translator } from '../../i18n/translator.js';
import type { FileReport, ReportSettings } from './file-report.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatText } from './text.js';

export interface ReportOptions {
  /** ANSI colours (the text report on a terminal). */
  color: boolean;
  /** Leave info findings out. */
  quiet: boolean;
  settings?: ReportSettings | undefined;
  /** The language of the report's words. */
  translator: Translator;
}

export interface ReportFormat {
  /** What `--format` takes. */
  id: string;
  title: string;
  /** For a saved report's file name, without the dot. */
  extension: string;
  mimeType: string;
  write(reports: readonly FileReport[], opts: ReportOptions): string;
}

/**
 * Every report the command line writes (`--format ID`) and the panel can copy or save. Each
 * writer is pure: reports in, text out.
 */
export const REPORT_FORMATS = {
  text: { id: 'text', title: 'Text', extension: 'txt', mimeType: 'text/plain', write: (reports, opts) => formatText(reports, opts) },
  json: { id: 'json', title: 'JSON', extension: 'json', mimeType: 'application/json', write: (reports, opts) => formatJson(reports, opts) },
  md: { id: 'md', title: 'Markdown', extension: 'md', mimeType: 'text/markdown', write: (reports, opts) => formatMarkdown(reports, opts) },
  junit: { id: 'junit', title: 'JUnit XML', extension: 'xml', mimeType: 'application/xml', write: (reports, opts) => formatJunit(reports, opts) },
} as const satisfies Record<string, ReportFormat>;

export type ReportFormatId = keyof typeof REPORT_FORMATS;

export const REPORT_FORMAT_IDS = Object.keys(REPORT_FORMATS) as readonly ReportFormatId[];

export function isReportFormatId(s: string): s is ReportFormatId {
  return Object.hasOwn(REPORT_FORMATS, s);
}
