import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { buildStandaloneModule } from '../../../scripts/generate-validators.js';
import { importGeneratedModule } from '../../support/generated-module.js';

/**
 * The generator replaces Ajv's integer test (`x % 1`, a floating-point modulo on a ts) with
 * Number.isInteger. The generated validator must accept and reject exactly what Ajv's own does.
 */
describe('generator: integer checks', () => {
  const schema = {
    $id: 'https://example.invalid/integers',
    type: 'object',
    properties: { ts: { type: 'integer' }, nested: { type: 'object', properties: { n: { type: 'integer', minimum: 0 } } } },
  };
  const { code } = buildStandaloneModule([schema], { integers: schema.$id });

  it('emits Number.isInteger and no modulo', () => {
    expect(code).toContain('Number.isInteger(');
    expect(code).not.toContain('% 1');
  });

  it('accepts and rejects the same values as Ajv', async () => {
    const { integers: generated } = await importGeneratedModule<{ integers: (d: unknown) => boolean }>(code, 'integer-check');
    const AjvClass = ((Ajv as unknown as { default?: typeof Ajv }).default ?? Ajv) as typeof Ajv;
    const reference = new AjvClass({ allErrors: true }).compile(schema);
    const values = [0, -0, 1, -7, 1699523820000, 1699523820000.5, 0.1, 2 ** 53, 2 ** 53 + 2, 1e21, 1.5e300, NaN, Infinity, -Infinity, '1', null, true, [], {}];
    for (const v of values) {
      for (const body of [{ ts: v }, { nested: { n: v } }]) {
        expect(generated(body), JSON.stringify(body) + ' / ' + String(v)).toBe(reference(body));
      }
    }
    expect(generated({ ts: 1.5 })).toBe(false);
    expect(generated({ ts: 2 })).toBe(true);
  });
});
