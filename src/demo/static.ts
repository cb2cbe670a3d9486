import { readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

/** The player page's files, served from source with no build step. */
export const PLAYER_DIR = join(import.meta.dirname, 'player');

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * Only plain names under the player folder: no dot segments, no encoded bytes, no other
 * extensions, so a request can never reach a file outside it (the tests, the server itself).
 */
const SAFE_PATH = /^\/(?:[a-z0-9_-]+\/)*[a-z0-9_-]+\.(?:html|js|css|svg)$/;

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/**
 * The Web SDK the Media Edge scenarios drive, the real one from npm, served as /alloy.js as a
 * site would host it.
 */
const ALLOY = join(import.meta.dirname, '..', '..', 'node_modules', '@adobe', 'alloy', 'dist', 'alloy.js');

/**
 * Resolves a GET path to a player file. The page's modules are written in TypeScript so the
 * scenarios are type-checked with the rest of the project and importable from node tests; a
 * request for `x.js` is answered from `x.ts` with its types stripped (Vite's Oxc transform,
 * which removes syntax only), or from `x.js` when there is no `x.ts`.
 */
export async function loadPlayerFile(urlPath: string): Promise<StaticFile | undefined> {
  const path = urlPath === '/' ? '/index.html' : urlPath;
  if (path === '/alloy.js') {
    const body = await readIfFile(ALLOY);
    return body && { body, contentType: CONTENT_TYPES['.js']! };
  }
  if (!SAFE_PATH.test(path)) return undefined;
  const ext = extname(path);
  const contentType = CONTENT_TYPES[ext];
  if (!contentType) return undefined;
  const file = join(PLAYER_DIR, path);
  if (ext === '.js') {
    const ts = await stripTypes(file.slice(0, -3) + '.ts');
    if (ts) return { body: ts, contentType };
  }
  const body = await readIfFile(file);
  return body && { body, contentType };
}

const transformed = new Map<string, { mtimeMs: number; body: Buffer }>();

async function stripTypes(tsFile: string): Promise<Buffer | undefined> {
  const info = await stat(tsFile).catch(() => undefined);
  if (!info?.isFile()) return undefined;
  const cached = transformed.get(tsFile);
  if (cached && cached.mtimeMs === info.mtimeMs) return cached.body;
  // Imported lazily: Vite is large, and the API half of the server never needs it.
  const { transformWithOxc } = await import('vite');
  const source = await readFile(tsFile, 'utf8');
  const { code } = await transformWithOxc(source, tsFile, { lang: 'ts', sourcemap: false });
  const body = Buffer.from(code, 'utf8');
  transformed.set(tsFile, { mtimeMs: info.mtimeMs, body });
  return body;
}

async function readIfFile(file: string): Promise<Buffer | undefined> {
  const info = await stat(file).catch(() => undefined);
  return info?.isFile() ? readFile(file) : undefined;
}
