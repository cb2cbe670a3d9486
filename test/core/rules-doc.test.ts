import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { ALL_RULES } from '../../src/core/rules/index.js';
import { renderRulesDoc } from '../../scripts/rules-doc.js';

const committed = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');

test('docs/rules.md is current (run `npm run docs:rules` after changing a rule)', () => {
  expect(committed).toBe(renderRulesDoc());
});

test.each(ALL_RULES.map((r) => r.meta.id))('%s is documented in docs/rules.md', (id) => {
  expect(committed).toContain(`## ${id}\n`);
});

test.each(ALL_RULES.flatMap((r) => r.meta.docs.map((d) => [r.meta.id, d] as const)))('%s cites page %s, which is in the reference copy', async (_id, key) => {
  const { docPage } = await import('../../src/core/docs.js');
  const path = new URL(`../../../shared/reference/adobe-media-collection-api/${docPage(key).path}`, import.meta.url);
  expect(() => readFileSync(path), `${docPage(key).path} is not in shared/reference`).not.toThrow();
});
