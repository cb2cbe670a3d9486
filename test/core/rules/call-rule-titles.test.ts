import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CALL_RULES } from '../../../src/core/rules/index.js';
import type { RuleMeta } from '../../../src/core/rules/rule.js';
import { catalogFor } from '../../../src/i18n/catalog.js';
import { LOCALES } from '../../../src/i18n/locales.js';

/** Every rule the modules of src/core/rules/call export (the other exports are helpers the rules share). */
async function rulesOfCallFolder(): Promise<RuleMeta[]> {
  const files = readdirSync(new URL('../../../src/core/rules/call/', import.meta.url)).filter((f) => f.endsWith('.ts'));
  const metas: RuleMeta[] = [];
  for (const file of files) {
    for (const value of Object.values(await import(`../../../src/core/rules/call/${file}`))) {
      if (typeof value === 'object' && value !== null && 'meta' in value) metas.push((value as { meta: RuleMeta }).meta);
    }
  }
  return metas;
}

describe('the call rules’ titles', () => {
  test('every rule of src/core/rules/call is a call rule of the registry', async () => {
    const metas = await rulesOfCallFolder();
    expect(metas.length).toBeGreaterThanOrEqual(17);
    const registered = new Set(CALL_RULES.map((r) => r.meta.id));
    for (const meta of metas) expect(registered, meta.id).toContain(meta.id);
  });

  for (const locale of LOCALES) {
    test(`each is a message id with a ${locale} title, no two alike`, () => {
      const catalog = catalogFor(locale);
      for (const { meta } of CALL_RULES) {
        expect(meta.title).toBe(`rules-call.${meta.id}.title`);
        expect(catalog[meta.title], `${meta.id} has no ${locale} title`).toMatch(/\S/);
      }
      const titles = CALL_RULES.map((r) => catalog[r.meta.title]);
      expect(new Set(titles).size).toBe(titles.length);
    });
  }
});
