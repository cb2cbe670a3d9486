import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ALL_RULES } from '../../../src/core/rules/index.js';
import { caseCalls, caseFindings } from '../../support/rule-case-calls.js';
import { RULE_CASES, type RuleCase } from './cases.js';

function run(c: RuleCase): [number, string][] {
  return caseFindings(c, caseCalls(c));
}

describe.each(RULE_CASES.map((c) => [c.rule, c.description, c] as const))('%s', (_rule, _description, c) => {
  test(c.description, () => {
    expect(run(c)).toEqual([...c.expect].sort((a, b) => a[0] - b[0]));
  });
});

describe('the rule registry', () => {
  const ids = ALL_RULES.map((r) => r.meta.id);

  test('rule ids are unique and kebab-case', () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  test('every rule file is registered', () => {
    const registry = readFileSync(new URL('../../../src/core/rules/index.ts', import.meta.url), 'utf8');
    for (const dir of ['call', 'edge', 'sequence']) {
      const files = readdirSync(new URL(`../../../src/core/rules/${dir}/`, import.meta.url)).filter((f) => f.endsWith('.ts'));
      for (const file of files) {
        const source = readFileSync(new URL(`../../../src/core/rules/${dir}/${file}`, import.meta.url), 'utf8');
        if (!/export const \w+(: \w+Rule(<\w+>)?)? = /.test(source) || /export function/.test(source)) continue;
        expect(registry, `${dir}/${file} is not imported by rules/index.ts`).toContain(`./${dir}/${file.replace(/\.ts$/, '.js')}`);
      }
    }
  });

  test.each(ids)('%s has a case where it reports and one where it is silent', (id) => {
    const cases = RULE_CASES.filter((c) => c.rule === id);
    expect(cases.some((c) => c.expect.length > 0), 'no failing case').toBe(true);
    expect(cases.some((c) => c.expect.length === 0), 'no passing case').toBe(true);
  });

  test.each(ids)('%s cites at least one documentation page (rules-doc.test.ts checks each against the pages read)', (id) => {
    const rule = ALL_RULES.find((r) => r.meta.id === id)!;
    expect(rule.meta.docs.length).toBeGreaterThan(0);
  });
});
