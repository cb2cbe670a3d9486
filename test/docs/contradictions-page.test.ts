import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CONTRADICTION_IDS, CONTRADICTIONS_DOC } from '../../src/core/contradictions.js';
import { CONTRADICTIONS_PAGE, contradictionLink } from '../../src/panel/contradiction-link.js';
import { renderContradictionsPage } from '../../scripts/contradictions-page.js';
import { createTranslator } from '../../src/i18n/translator.js';

const ROOT = new URL('../../', import.meta.url);
const markdown = readFileSync(new URL(CONTRADICTIONS_DOC, ROOT), 'utf8');
const html = renderContradictionsPage(markdown);
const idsIn = (page: string) => [...page.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]);

describe('the contradictions page shipped with the extension', () => {
  test('has an anchor for every contradiction, each before its heading', () => {
    expect(idsIn(html)).toEqual([...CONTRADICTION_IDS]);
    for (const id of CONTRADICTION_IDS) expect(html).toMatch(new RegExp(`<a id="${id}"></a>\\n<h2>${id.toUpperCase()} `));
  });

  test('keeps every section\'s text and its links to Adobe\'s pages', () => {
    expect(html).toContain('<h2>C3 Required sessionStart parameters</h2>');
    expect(html).toContain('<p><strong>Our choice.</strong> None of these keys is required by the schema.');
    expect(html).toContain(
      '<a href="https://experienceleague.adobe.com/en/docs/media-analytics/using/implementation/events/session/session-start" target="_blank" rel="noopener noreferrer">Session start</a>',
    );
    expect(html).toContain('<code>&quot;eventType&quot;:&quot;sessionStart, params&quot; {</code>');
    const links = (text: string) => [...text.matchAll(/\]\(https:/g)].length;
    expect([...html.matchAll(/<a href="https:/g)].length).toBe(links(markdown));
  });

  test('is text only: markup in the source is escaped, other files of the repository are not linked', () => {
    const page = renderContradictionsPage('# T\n\nA <b>tag</b> & [a file](rules.md), [a section](#c3) and [a script](javascript:void).\n');
    expect(page).toContain('<p>A &lt;b&gt;tag&lt;/b&gt; &amp; a file, <a href="#c3">a section</a> and a script.</p>');
  });

  test('refuses Markdown it does not render rather than drop it', () => {
    expect(() => renderContradictionsPage('# T\n\n| a | b |\n')).toThrow(/line 3/);
    expect(() => renderContradictionsPage('# T\n\n### Deeper\n')).toThrow(/line 3/);
    expect(() => renderContradictionsPage('# T\n\n<script>x</script>\n')).toThrow(/line 3/);
  });

  test('the panel links a citation to its section of that page', () => {
    expect(contradictionLink('c3', (path) => `chrome-extension://abc/${path}`)).toEqual({
      href: 'chrome-extension://abc/docs/contradictions.html#c3',
      text: 'C3: Required sessionStart parameters',
    });
    // In the panel's language: the German panel shows the German title of the same section.
    const german = contradictionLink('c3', (path) => path, createTranslator('de'));
    expect(german.href).toBe('docs/contradictions.html#c3');
    expect(german.text).toBe(`C3: ${createTranslator('de').t('contradictions.c3.title')}`);
    expect(german.text).not.toBe('C3: Required sessionStart parameters');
  });

  test.each(['chrome', 'firefox'])('npm run build ships it in dist/%s where the panel links', (target) => {
    const built = new URL(`dist/${target}/${CONTRADICTIONS_PAGE}`, ROOT);
    expect(existsSync(built), `dist/${target}/${CONTRADICTIONS_PAGE} is missing: run \`npm run build\` first`).toBe(true);
    expect(readFileSync(built, 'utf8')).toBe(html);
  });
});
