import { readdirSync } from 'node:fs';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, test } from 'vitest';
import type { Finding } from '../../../src/core/finding.js';
import { Inspector } from '../../../src/core/inspector.js';
import type { Rule } from '../../../src/core/rules/rule.js';
import { catalogFor } from '../../../src/i18n/catalog.js';
import { LOCALES } from '../../../src/i18n/locales.js';
import { caseCalls } from '../../support/rule-case-calls.js';
import { RULE_CASES } from './cases.js';

/** The rule folders whose words are in the catalog, and the namespace that holds them. */
const MOVED = [
  { dir: 'sequence', namespace: 'rules-sequence' },
  { dir: 'edge', namespace: 'rules-edge' },
] as const;

function isRule(value: unknown): value is Rule {
  return typeof value === 'object' && value !== null && 'meta' in value && 'kind' in value;
}

/** Every rule a file of the folder exports, registered or not. */
async function rulesIn(dir: string): Promise<Rule[]> {
  const folder = new URL(`../../../src/core/rules/${dir}/`, import.meta.url);
  const files = readdirSync(folder).filter((f) => f.endsWith('.ts'));
  const modules = await Promise.all(files.map((f) => import(new URL(f, folder).href) as Promise<Record<string, unknown>>));
  return modules.flatMap((m) => Object.values(m).filter(isRule));
}

/** How a message formats its numbers: each number argument's name and style, in order. */
function numberFormats(text: string): string[] {
  const found: string[] = [];
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.number) found.push(`${el.value} ${JSON.stringify(el.style)}`);
      if (el.type === TYPE.plural || el.type === TYPE.select) for (const option of Object.values(el.options)) walk(option.value);
    }
  };
  walk(parse(text, { ignoreTag: true }));
  return found;
}

describe.each(MOVED)('the rules of src/core/rules/$dir', ({ dir, namespace }) => {
  test(`format numbers in every language of ${namespace} as English does (a gap of 12.3 s stays one decimal)`, () => {
    const english = catalogFor('en');
    for (const locale of LOCALES) {
      const catalog = catalogFor(locale);
      for (const id of Object.keys(english).filter((id) => id.startsWith(`${namespace}.`))) {
        expect(numberFormats(catalog[id]!), `${id} in ${locale}`).toEqual(numberFormats(english[id]!));
      }
    }
  });

  test(`have a title id in ${namespace}, with a title in every language`, async () => {
    const rules = await rulesIn(dir);
    expect(rules.length).toBeGreaterThan(5);
    for (const { meta } of rules) {
      expect(meta.title, meta.id).toBe(`${namespace}.${meta.id}.title`);
      for (const locale of LOCALES) expect(catalogFor(locale)[meta.title], `${meta.title} in ${locale}`).toBeTruthy();
    }
  });

  test('report every finding, message and action, as a catalog message: none as text', async () => {
    const ids = new Set((await rulesIn(dir)).map((r) => r.meta.id));
    const findings: Finding[] = [];
    for (const c of RULE_CASES.filter((c) => ids.has(c.rule))) {
      const inspector = new Inspector();
      const calls = caseCalls(c);
      for (const call of calls) inspector.push(call);
      inspector.finish();
      for (const call of calls) findings.push(...inspector.findingsOf(call.id).filter((f) => ids.has(f.rule)));
    }
    const english = catalogFor('en');
    // Every rule of the folder is seen reporting, so none escapes the check.
    expect(new Set(findings.map((f) => f.rule))).toEqual(ids);
    for (const f of findings) {
      for (const m of [f.message, f.action]) {
        if (m === undefined) continue;
        expect(m.id, f.rule).not.toBe('legacy.text');
        expect(m.id.startsWith(`${namespace}.`), `${f.rule} reports ${m.id}`).toBe(true);
        expect(english[m.id], m.id).toBeDefined();
      }
    }
  });
});
