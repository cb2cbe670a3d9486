import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { docPage, docUrl, type DocPage } from '../../src/core/docs.js';
import { ALL_RULES } from '../../src/core/rules/index.js';
import { PARAM_CATALOG, QOE_CATALOG } from '../../src/core/schema/params.js';
import { renderRulesDoc } from '../../scripts/rules-doc.js';

const committed = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');

/** Adobe's pages as they were when the rules were checked against them (see test/fixtures/adobe/README.md). */
const cited = JSON.parse(readFileSync(new URL('../fixtures/adobe/cited-pages.json', import.meta.url), 'utf8')) as {
  pages: { path: string; title: string; url: string }[];
};
/** The Media Edge API's pages, on Adobe's developer site and the Web SDK's Experience League pages. */
const citedEdge = JSON.parse(readFileSync(new URL('../fixtures/adobe/cited-edge-pages.json', import.meta.url), 'utf8')) as typeof cited;
const citedByPath = new Map([...cited.pages, ...citedEdge.pages].map((p) => [p.path, p]));

test('docs/rules.md is current (run `npm run docs:rules` after changing a rule)', () => {
  expect(committed).toBe(renderRulesDoc());
});

test.each(ALL_RULES.map((r) => r.meta.id))('%s is documented in docs/rules.md', (id) => {
  expect(committed).toContain(`## ${id}\n`);
});

function expectCheckedPage(page: DocPage): void {
  const checked = citedByPath.get(page.path);
  expect(checked, `${page.path} is not among the pages checked (test/fixtures/adobe/cited-pages.json)`).toBeDefined();
  expect(docUrl(page)).toBe(checked!.url);
}

test.each(ALL_RULES.flatMap((r) => [...r.meta.docs, ...(r.meta.edgeDocs ?? [])].map((d) => [r.meta.id, d] as const)))('%s cites page %s, one of the pages checked', (_id, key) => {
  expectCheckedPage(docPage(key));
});

test.each([...PARAM_CATALOG, ...QOE_CATALOG].flatMap((p) => [[p.key, docPage(p.doc)] as const, ...(p.page ? [[p.key, p.page] as const] : [])]))(
  'parameter %s cites %o, one of the pages checked',
  (_key, page) => {
    expectCheckedPage(page);
  },
);
