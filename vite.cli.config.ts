import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/** The CLI as one ESM file for node: everything bundled but node's own modules. */
export default defineConfig({
  define: { __VERSION__: JSON.stringify(pkg.version) },
  build: {
    ssr: 'src/cli/mc-inspect.ts',
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: {
      external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
      output: { entryFileNames: 'mc-inspect.js', format: 'es' },
    },
  },
  ssr: { noExternal: true },
});
