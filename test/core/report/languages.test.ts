import { describe, expect, test } from 'vitest';
import { catalogFor, type MessageId } from '../../../src/i18n/catalog.js';
import { LOCALES, PSEUDO_LOCALE, type UiLocale } from '../../../src/i18n/locales.js';
import { createTranslator } from '../../../src/i18n/translator.js';
import { formatJunit } from '../../../src/core/report/junit.js';
import { formatMarkdown, mdText } from '../../../src/core/report/markdown.js';
import { formatText } from '../../../src/core/report/text.js';
import { chromeReport, emptyReport, HOSTILE, hostileReport, timelineReport } from '../../support/report-cases.js';
import { schemaErrors, xpath } from '../../support/xmllint.js';

const LANGUAGES: UiLocale[] = [...LOCALES, PSEUDO_LOCALE];
const REPORT_IDS = Object.keys(catalogFor('en')).filter((id) => id.startsWith('report.')) as MessageId[];
/** A character that opens Markdown or HTML, as markdown.test.ts defines them. */
const MARKDOWN_OPENER = /[\\`*_[\]<>#|~&$!@]/;

describe.each(LANGUAGES)('the reports in %s', (locale) => {
  const t = createTranslator(locale);

  test('the catalog’s words carry no Markdown: they are written into the report unescaped', () => {
    // 2 for every placeholder: a count for plurals, the other branch of a select, plain text.
    const values = new Proxy({}, { get: () => 2, has: () => true }) as never;
    const opening = REPORT_IDS.map((id) => [id, t.t(id, values)]).filter(([, text]) => MARKDOWN_OPENER.test(text!));
    expect(opening).toEqual([]);
  });

  test('Markdown: text from the capture still cannot become a heading, link, HTML or list', () => {
    const out = formatMarkdown([hostileReport()], { quiet: false, translator: t });
    const inert = mdText(HOSTILE);
    const session = t.t('report.session.title', { sid: 'a'.repeat(64) });
    for (const line of out.split('\n')) {
      if (/^#/.test(line)) expect([`# ${t.t('report.title')}`, `## evil ${inert}.har`, `### ${session}: ${inert}`]).toContain(line);
      expect(line).not.toMatch(/^\s*(>|\||-\s*item|\d+\.)/);
    }
    expect(out).toContain(`### ${session}: ${inert}\n`);
    expect(out).toContain(`- **${t.t('report.md.media')}:** ${t.t('report.md.media-name', { name: inert })}, `);
  });

  test('JUnit is valid against the JUnit schema Jenkins uses', () => {
    const xml = formatJunit([chromeReport(), timelineReport(), emptyReport(), hostileReport()], { quiet: false, translator: t });
    expect(schemaErrors(xml)).toEqual([]);
    const sid = chromeReport().sessions[0]!.session.sid!;
    expect(xpath(xml, 'string(/testsuites/testsuite[1]/testcase[1]/@name)')).toBe(`${t.t('report.session.title', { sid })} "The Long Walk — Episode 4"`);
  });

  test('the text report counts in the language’s plural forms', () => {
    const out = formatText([chromeReport()], { color: false, quiet: false, translator: t });
    expect(out.trimEnd().split('\n').at(-1)).toBe(t.t('report.count.findings', { errors: 5, warnings: 2, infos: 3 }));
    expect(out).toContain(t.t('report.count.mc-calls', { count: 11 }));
  });
});
