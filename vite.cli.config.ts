import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import { nodeBundle } from './vite.node-bundle.js';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/** The CLI as one ESM file for node. */
export default defineConfig({
  ...nodeBundle('src/cli/mc-inspect.ts', 'dist/cli', 'mc-inspect.js'),
  define: { __VERSION__: JSON.stringify(pkg.version) },
});
