/**
 * Turns Adobe's Media Edge API OpenAPI file (media-edge.yaml, published at
 * https://developer.adobe.com/data-collection-apis/docs/api/media-edge/ and kept in
 * github.com/AdobeDocs/data-collection-apis as static/media-edge.yaml) into the data the
 * inspector's Media Edge schemas are built from: src/core/edge/schema/media-edge-openapi.json.
 *
 * Only what validation needs is kept: for each endpoint, its request body schema (annotations
 * and examples dropped), whether it declares configId, and the statuses it documents. The JSON
 * is committed; `npm run gen` compiles it with the rest (scripts/generate-validators.ts), so a
 * clone needs neither the YAML file nor this script.
 *
 * Run, with your own copy of the file: npx tsx scripts/import-media-edge-openapi.ts path/to/media-edge.yaml
 * (js-yaml is resolved from node_modules, where the tool chain already brings it.)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Annotations that do not change what a body may be. */
const DROPPED = new Set(['description', 'example', 'examples', 'title', 'summary']);

/** Copies a schema without its annotations; under `properties` the keys are names, kept as they are. */
export function trimSchema(value: Json, parentKey?: string): Json {
  if (Array.isArray(value)) return value.map((v) => trimSchema(v));
  if (value === null || typeof value !== 'object') return value;
  const out: { [k: string]: Json } = {};
  for (const [k, v] of Object.entries(value)) {
    if (parentKey !== 'properties' && DROPPED.has(k)) continue;
    out[k] = trimSchema(v, k);
  }
  return out;
}

export function importOpenApi(doc: any): Json {
  const endpoints: { [k: string]: Json } = {};
  for (const [path, item] of Object.entries<any>(doc.paths)) {
    const post = item.post;
    const schema = post.requestBody?.content?.['application/json']?.schema;
    endpoints[path.replace(/^\//, '')] = {
      configIdDeclared: (post.parameters ?? []).some((p: any) => p.name === 'configId'),
      statuses: Object.keys(post.responses ?? {}).map(Number),
      requestSchema: trimSchema(schema),
    };
  }
  return {
    source: {
      title: doc.info.title,
      version: doc.info.version,
      server: doc.servers?.[0]?.url,
      url: 'https://developer.adobe.com/data-collection-apis/docs/api/media-edge/',
      repository: 'https://github.com/AdobeDocs/data-collection-apis/blob/1968dcf70e406879fa6b019ef6f8ce7bdc709938/static/media-edge.yaml',
    },
    endpoints,
  };
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const input = process.argv[2];
  if (!input) {
    console.error('usage: tsx scripts/import-media-edge-openapi.ts path/to/media-edge.yaml');
    process.exit(2);
  }
  const yaml = (await import('js-yaml' as string)) as { load(text: string): unknown };
  const out = join(fileURLToPath(new URL('..', import.meta.url)), 'src/core/edge/schema/media-edge-openapi.json');
  writeFileSync(out, JSON.stringify(importOpenApi(yaml.load(readFileSync(input, 'utf8'))), null, 1) + '\n');
  console.log(`wrote ${out}`);
}
