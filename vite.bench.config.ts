import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

/**
 * The core benchmark as one ESM file for node, bundled as the CLI and the extension ship the
 * core: measured through tsx's per-module transform instead, every call across a module
 * boundary goes through an export getter that the shipped code does not have.
 */
export default defineConfig({
  build: {
    ssr: 'bench/run.ts',
    outDir: 'dist/bench',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: {
      external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
      output: { entryFileNames: 'run.js', format: 'es' },
    },
  },
  ssr: { noExternal: true },
});
