import { defineConfig } from 'vite';
import { nodeBundle } from './vite.node-bundle.js';

/**
 * The core benchmark as one ESM file for node, bundled as the CLI and the extension ship the
 * core: measured through tsx's per-module transform instead, every call across a module
 * boundary goes through an export getter that the shipped code does not have.
 */
export default defineConfig(nodeBundle('bench/run.ts', 'dist/bench', 'run.js'));
