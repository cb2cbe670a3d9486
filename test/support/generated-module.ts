import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Writes a module the validator generator produced under test-results/NAME/ and imports it, so
 * a test runs the generated code itself rather than Ajv's compiled functions.
 */
export async function importGeneratedModule<T>(code: string, name: string): Promise<T> {
  const dir = fileURLToPath(new URL(`../../test-results/${name}/`, import.meta.url));
  mkdirSync(dir, { recursive: true });
  const file = dir + 'validators.js';
  writeFileSync(file, code);
  return (await import(/* @vite-ignore */ pathToFileURL(file).href)) as T;
}
