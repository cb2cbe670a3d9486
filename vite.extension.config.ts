import { resolve } from 'node:path';
import { defineConfig, type InlineConfig, type Plugin } from 'vite';

/**
 * The extension's two builds. The pages (panel, devtools page, grant page) are an ordinary multi-page build.
 * The background is built on its own as ONE classic script with no imports: a Chrome service
 * worker and a Firefox event page both load that as it is, with no `"type": "module"` and no
 * shared chunk to keep in step. scripts/build-extension.ts runs both and writes the manifests.
 */
const projectRoot = import.meta.dirname;
export const STAGE_DIR = resolve(projectRoot, 'dist/.extension-stage');
/** `har-import.js` at the extension's root: the HAR importer's module (src/panel/har-import/import-har.ts). */
export const HAR_IMPORT_ENTRY = 'har-import';

const jsx = { jsx: { runtime: 'automatic', importSource: 'preact' } } as const;

export const pagesConfig: InlineConfig = {
  configFile: false,
  root: resolve(projectRoot, 'src'),
  base: '/',
  publicDir: resolve(projectRoot, 'public'),
  logLevel: 'warn',
  oxc: jsx,
  plugins: [pagesAtExtensionRoot(), noInnerHtmlSink()],
  build: {
    outDir: STAGE_DIR,
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: {
        panel: resolve(projectRoot, 'src/panel/panel.html'),
        devtools: resolve(projectRoot, 'src/devtools/devtools.html'),
        // The HAR importer as a module of its own at a fixed path, with its exports: the panel
        // imports it when a file is opened, and the e2e tests load it on the panel page.
        [HAR_IMPORT_ENTRY]: resolve(projectRoot, 'src/panel/har-import/import-har.ts'),
        grant: resolve(projectRoot, 'src/grant/grant.html'),
      },
      preserveEntrySignatures: 'exports-only',
      output: { entryFileNames: (chunk) => (chunk.name === HAR_IMPORT_ENTRY ? `${HAR_IMPORT_ENTRY}.js` : 'assets/[name]-[hash].js') },
    },
  },
  // The import worker (`new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })`)
  // is bundled as one ES module file of the extension: MV3's CSP lets pages start workers from
  // the extension's own origin only, which a bundled file is.
  worker: { format: 'es' },
};

export const backgroundConfig: InlineConfig = {
  configFile: false,
  root: projectRoot,
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: STAGE_DIR,
    emptyOutDir: false,
    target: 'es2022',
    rolldownOptions: {
      input: resolve(projectRoot, 'src/background/index.ts'),
      output: { format: 'iife', entryFileNames: 'background.js', codeSplitting: false },
    },
  },
};

/** `src/panel/panel.html` → `panel.html`: the manifest and `panel.html?tabId=N` name pages at the root. */
function pagesAtExtensionRoot(): Plugin {
  return {
    name: 'pages-at-extension-root',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.fileName.endsWith('.html')) file.fileName = file.fileName.split('/').pop()!;
      }
    },
  };
}

/**
 * Preact's only innerHTML write serves `dangerouslySetInnerHTML`, which the panel never uses:
 * captured bodies are data, never markup. Cutting the sink out of the shipped code makes that a
 * guarantee (and keeps addons-linter's UNSAFE_VAR_ASSIGNMENT away); the build fails if a Preact
 * update moves the code so the cut no longer applies.
 */
function noInnerHtmlSink(): Plugin {
  const sink = /(\b[\w$]+)\.innerHTML=([\w$]+)\.__html/g;
  return {
    name: 'no-inner-html-sink',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/.test(id)) return null;
      const cut = code.replace(sink, '(()=>{throw Error("dangerouslySetInnerHTML is disabled in this extension")})()');
      if (cut === code || cut.includes('.innerHTML=')) this.error('Preact changed: its innerHTML sink was not found, update noInnerHtmlSink');
      return { code: cut, map: null };
    },
  };
}

export default defineConfig(pagesConfig);
