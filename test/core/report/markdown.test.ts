import { describe, expect, test } from 'vitest';
import { formatMarkdown, mdText } from '../../../src/core/report/markdown.js';
import { chromeReport, emptyReport, HOSTILE, hostileReport, timelineReport } from '../../support/report-cases.js';
import { english } from '../../../src/i18n/translator.js';

const md = (reports: Parameters<typeof formatMarkdown>[0], quiet = false) => formatMarkdown(reports, { quiet, translator: english });

/** A character that opens Markdown or HTML, not preceded by an escaping backslash. */
const UNESCAPED = /(?<!\\)(?:\\\\)*[<>`|[\]!*_~&$@#]/;

describe('the Markdown report', () => {
  test('opens with a one-line verdict, then the session with its name and ids', () => {
    const out = md([chromeReport()]);
    const lines = out.split('\n');
    expect(lines[2]).toBe('**Verdict: FAIL**: 5 errors, 2 warnings, 3 infos in 1 session.');
    expect(out.match(/Verdict/g)).toHaveLength(1);
    expect(out).toContain('### Session 5f1e0c2a9b8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f: The Long Walk — Episode 4\n');
    expect(out).toContain('- **Media:** name The Long Walk — Episode 4, id ep-1042, type vod\n');
  });

  test('lists the events on one line, a run of the same event and outcome as one step', () => {
    expect(md([chromeReport()])).toContain(
      '- **Events** (#entry type status): #2 sessionStart 201 · #3 adStart 204 · #4 ping 204 · #5 adComplete 204 · #6 play 204 · #7–#8 ping 204 ×2 · #9 bufferStart 204 · #10 play 400 · #12 ping failed · #13 (no eventType) 204\n',
    );
  });

  test('groups findings by severity, errors first, each with the pages its rule enforces', () => {
    const out = md([chromeReport()]);
    const headings = [...out.matchAll(/^\*\*(Errors|Warnings|Info) \((\d+)\)\*\*$/gm)].map((m) => `${m[1]} ${m[2]}`);
    expect(headings).toEqual(['Errors 5', 'Warnings 2', 'Info 3']);
    const errors = out.slice(out.indexOf('**Errors'), out.indexOf('**Warnings'));
    expect(errors).toContain('- **ad-outside-break** #3 adStart: adStart outside an ad break\\: no adBreakStart was sent');
    expect(errors).toContain('[Ad Start](https://experienceleague.adobe.com/en/docs/media-analytics/using/implementation/events/ads/ad-start)');
    expect(errors).not.toContain('ping-cadence');
    expect(md([chromeReport()], true)).not.toContain('**Info');
  });

  test('a finding citing a disagreement between Adobe\'s pages links to its section; repeats are one item with a count', () => {
    const out = md([timelineReport()]);
    expect(out).toMatch(/^\*\*Verdict: PASS\*\* with warnings: 0 errors, \d+ warnings?, \d+ infos? in 1 session\.$/m);
    expect(out).toContain("where Adobe's pages disagree: [C10: The adStart example](docs/contradictions.md#c10)");
    expect(out).toMatch(/^- \*\*[a-z-]+\*\* ×\d+ \(#\d+(, #\d+)+; the first shown\)/m);
  });

  test('a file with no API call says so, and the verdict has nothing to judge', () => {
    const out = md([emptyReport()]);
    expect(out).toContain('**Verdict: nothing to judge**');
    expect(out).toContain('No Media Collection API calls');
  });

  test('text from the capture cannot become a heading, link, image, HTML, code, table or list', () => {
    const out = md([hostileReport()]);
    // Every line that is structure is ours.
    for (const line of out.split('\n')) {
      if (/^#/.test(line)) expect(line).toMatch(/^(# Media Collection API report|## evil |### Session )/);
      expect(line).not.toMatch(/^\s*(>|\||-\s*item|\d+\.)/);
    }
    const inert = mdText(HOSTILE);
    expect(out).toContain(`## evil ${inert}.har\n`);
    expect(out).toContain(`### Session ${'a'.repeat(64)}: ${inert}\n`);
    expect(out).toContain(`- **Media:** name ${inert}, id ${inert}, type vod\n`);
    const quoted = /The server said\\: "(.*)"  $/m.exec(out)?.[1];
    expect(quoted).toMatch(/^\\<script\\>/);
    for (const text of [inert, quoted!]) {
      // Each Markdown or HTML opener is escaped, and so are the parts of a bare link.
      expect(text).not.toMatch(UNESCAPED);
      expect(text).not.toMatch(/(?<!\\)(?:\\\\)*:\/\//);
      expect(text).not.toMatch(/www\.evil|[^\\]@evil/);
      expect(text).not.toMatch(/[\u0000-\u001f\u007f]/);
    }
  });

  test('escaping only adds backslashes: removing them gives back the text, on one line', () => {
    const text = HOSTILE.replace(/[\u0000-\u001f\u007f]/g, '');
    const unescaped = mdText(text).replace(/\\(.)/g, '$1');
    expect(unescaped).toBe(text.replace(/\r\n|[\r\n]/g, ' ⏎ '));
    expect(mdText('a\u0001b')).toBe('a\ufffdb');
  });
});
