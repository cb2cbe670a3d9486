import { builtinModules } from 'node:module';
import type { UserConfig } from 'vite';

/** One ESM file for node: everything bundled but node's own modules (the CLI, the core bench). */
export function nodeBundle(entry: string, outDir: string, fileName: string): UserConfig {
  return {
    build: {
      ssr: entry,
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rollupOptions: {
        external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
        output: { entryFileNames: fileName, format: 'es' },
      },
    },
    ssr: { noExternal: true },
  };
}
