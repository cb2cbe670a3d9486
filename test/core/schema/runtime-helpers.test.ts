import { describe, expect, it } from 'vitest';
import { buildStandaloneModule } from '../../../scripts/generate-validators.js';
import { importGeneratedModule } from '../../support/generated-module.js';

/**
 * The event schemas need no Ajv runtime helper today. If a future schema does (minLength ->
 * ucs2length, uniqueItems / object enum -> equal), the generator must still emit loadable ESM.
 * This builds such a module with the generator's own code path and loads it.
 */
describe('generator: Ajv runtime helpers as ESM', () => {
  const schema = {
    $id: 'https://example.invalid/helpers',
    type: 'object',
    properties: {
      name: { type: 'string', minLength: 2 },
      tags: { type: 'array', uniqueItems: true },
      mode: { enum: [{ a: 1 }, 'b'] },
    },
  };
  const { code, helpers } = buildStandaloneModule([schema], { helpers: schema.$id });

  it('rewrites require() of helpers into .js imports', () => {
    expect(helpers.sort()).toEqual(['equal', 'ucs2length']);
    expect(code).not.toMatch(/\brequire\s*\(/);
    expect(code).toMatch(/^import ajvRuntime_\w+_module from "ajv\/dist\/runtime\/\w+\.js";$/m);
  });

  it('produces a module that loads and validates', async () => {
    const mod = await importGeneratedModule<{
      helpers: ((d: unknown) => boolean) & { errors?: { keyword: string }[] | null };
    }>(code, 'ajv-runtime-helpers');
    const v = mod.helpers;
    expect(v({ name: 'ab', tags: [{ a: 1 }, { a: 2 }], mode: { a: 1 } })).toBe(true);
    expect(v({ name: '\u{1F600}' })).toBe(false); // one code point: ucs2length says 1
    expect(v.errors?.[0]?.keyword).toBe('minLength');
    expect(v({ tags: [{ a: 1 }, { a: 1 }] })).toBe(false);
    expect(v.errors?.[0]?.keyword).toBe('uniqueItems');
    expect(v({ mode: { a: 2 } })).toBe(false);
    expect(v.errors?.[0]?.keyword).toBe('enum');
  });
});
