import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../../../src/core/event-types.js';
import * as generated from '../../../src/core/schema/generated/validators.js';
import { schemaFingerprint } from '../../../src/core/schema/schemas.js';

const GENERATED = fileURLToPath(new URL('../../../src/core/schema/generated/validators.js', import.meta.url));
const source = readFileSync(GENERATED, 'utf8');

describe('generated standalone validators', () => {
  it('contain no new Function / eval (forbidden in MV3 pages and workers)', () => {
    expect(source).not.toMatch(/new\s+Function/);
    expect(source).not.toMatch(/\beval\s*\(/);
    expect(source).not.toMatch(/\bFunction\s*\(/);
  });

  it('are plain ESM: no require()', () => {
    expect(source).not.toMatch(/\brequire\s*\(/);
    expect(source).not.toMatch(/module\.exports/);
  });

  it('import Ajv runtime helpers, if any, by an explicit .js path', () => {
    for (const m of source.matchAll(/from\s+"([^"]+)"/g)) {
      expect(m[1]).toMatch(/^ajv\/dist\/runtime\/[a-zA-Z0-9_]+\.js$/);
    }
  });

  it('export one validator per event type', () => {
    const mod = generated as unknown as Record<string, unknown>;
    for (const t of EVENT_TYPES) expect(typeof mod[t], t).toBe('function');
  });

  it('are up to date with schemas.ts (run `npm run gen` if this fails)', () => {
    expect(generated.schemaFingerprint).toBe(schemaFingerprint());
  });

  it('are the only validation code shipped: no src/ module imports Ajv or compiles at run time', () => {
    expect(source).not.toMatch(/from\s+"ajv"/);
    const srcDir = fileURLToPath(new URL('../../../src/', import.meta.url));
    const offenders: string[] = [];
    for (const file of readdirSync(srcDir, { recursive: true }) as string[]) {
      if (!/\.(ts|tsx|js)$/.test(file) || file.includes('generated')) continue;
      const text = readFileSync(join(srcDir, file), 'utf8');
      if (/from\s+['"]ajv/.test(text) || /\bajv\.compile\(/i.test(text)) offenders.push(file);
    }
    expect(offenders).toEqual([]);
  });
});
