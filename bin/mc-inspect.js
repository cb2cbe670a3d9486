#!/usr/bin/env node
// The published package ships dist/cli; in a clone, `npm run build` makes it (or use `npm run cli`).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/mc-inspect.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('mc-inspect: not built yet; run `npm run build` first (or `npm run cli -- validate FILE.har`)\n');
  process.exit(2);
}
await import(entry.href);
