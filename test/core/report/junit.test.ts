import { describe, expect, test } from 'vitest';
import { english } from '../../../src/i18n/translator.js';
import { formatJunit, xmlChars } from '../../../src/core/report/junit.js';
import { chromeReport, emptyReport, HOSTILE, hostileReport, timelineReport } from '../../support/report-cases.js';
import { schemaErrors, xpath } from '../../support/xmllint.js';

const junit = (reports: Parameters<typeof formatJunit>[0], quiet = false) => formatJunit(reports, { quiet, translator: english });

describe('the JUnit report', () => {
  test('is valid against the JUnit schema Jenkins uses, for every kind of file', () => {
    for (const reports of [[chromeReport()], [timelineReport()], [emptyReport()], [hostileReport()], [chromeReport(), timelineReport(), emptyReport()]]) {
      expect(schemaErrors(junit(reports))).toEqual([]);
    }
  });

  test('the validator is not blind: it rejects a testcase without a name', () => {
    expect(schemaErrors('<testsuites><testsuite tests="1"><testcase/></testsuite></testsuites>')).not.toEqual([]);
  });

  test('one testsuite per file, one testcase per session, one failure per error finding', () => {
    const chrome = chromeReport();
    const xml = junit([chrome, timelineReport(), emptyReport()]);
    expect(xpath(xml, 'count(/testsuites/testsuite)')).toBe('3');
    expect(xpath(xml, 'string(/testsuites/testsuite[1]/@name)')).toBe('recordings/chrome.har');
    expect(xpath(xml, 'count(/testsuites/testsuite[1]/testcase)')).toBe('1');
    expect(xpath(xml, 'count(/testsuites/testsuite[1]/testcase/failure)')).toBe('5');
    expect(xpath(xml, 'string(/testsuites/testsuite[1]/testcase/failure[1]/@type)')).toBe('ad-outside-break');
    expect(xpath(xml, 'string(/testsuites/testsuite[1]/testcase/failure[1]/@message)')).toMatch(/^#3 adStart: adStart outside an ad break/);
    expect(xpath(xml, 'string(/testsuites/testsuite[1]/testcase/failure[1])')).toContain('https://experienceleague.adobe.com/en/docs/media-analytics/using/implementation/events/ads/ad-start');
    // A session without errors passes; its warnings are in system-out.
    expect(xpath(xml, 'count(/testsuites/testsuite[2]/testcase/failure)')).toBe('0');
    expect(xpath(xml, 'string(/testsuites/testsuite[2]/testcase/system-out)')).toContain("Where Adobe's pages disagree (C10): docs/contradictions.md#c10");
    expect(xpath(xml, 'string(/testsuites/testsuite[3]/@tests)')).toBe('0');
    expect(xpath(xml, 'string(/testsuites/testsuite[3]/system-out)')).toContain('No Media Collection API calls');
    expect(xpath(xml, 'string(/testsuites/@failures)')).toBe('1');
  });

  test('infos stay out of system-out with quiet', () => {
    expect(junit([chromeReport()])).toContain('body-withheld');
    expect(junit([chromeReport()], true)).not.toContain('body-withheld');
  });

  test('body text reads back as the same text, markup and all; characters XML forbids are replaced visibly', () => {
    const xml = junit([hostileReport()]);
    expect(schemaErrors(xml)).toEqual([]);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|<script|]]>(?!$)/);
    const name = xpath(xml, 'string(//testcase/@name)');
    const expected = xmlChars(HOSTILE).replace(/\r\n?/g, '\r\n');
    expect(name).toBe(`Session ${'a'.repeat(64)} "${expected}"`);
    expect(name).toContain('<script>alert(1)</script> ]]> <![CDATA[x]]>');
    expect(name).toContain('␀␁␇␛\u007f \ufffd \ufffd \ufffd \ufffd ok 😀');
    expect(xpath(xml, 'string(//testcase/failure)')).toContain('The server said: "<script>alert(1)</script> ]]>');
  });
});
