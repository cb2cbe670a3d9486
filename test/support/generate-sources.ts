import { fileURLToPath } from 'node:url';
import { generate as generateDispatch, OUT_DIR as DISPATCH_DIR } from '../../scripts/generate-dispatch.js';
import { generate as generateValidators } from '../../scripts/generate-validators.js';

/**
 * Vitest's global setup: writes the generated core modules (what `npm run gen` writes, which
 * git does not hold) before any test imports the core, so `npx vitest run` works in a fresh
 * clone and never tests stale generated code.
 */
export default function generateSources(): void {
  generateValidators(fileURLToPath(new URL('../../src/core/schema/generated/', import.meta.url)));
  generateDispatch(DISPATCH_DIR);
}
