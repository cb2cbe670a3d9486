/**
 * The Media Edge API's request schemas, one per endpoint, from Adobe's OpenAPI file
 * (media-edge-openapi.json, imported by scripts/import-media-edge-openapi.ts): compiled ahead of
 * time by scripts/generate-validators.ts like the Media Collection API's (MV3 forbids compiling
 * at run time).
 *
 * The file's schemas are taken as they are: where the pages disagree with them, the choice is
 * written in docs/contradictions.md (C16 on). OpenAPI 3.0 differs from JSON Schema only in
 * `format`, which Ajv would need a plugin for: `date-time` becomes the RFC 3339 pattern it
 * means, and `int32` is dropped (every playhead and length fits).
 */
import openApi from './media-edge-openapi.json' with { type: 'json' };
import { EDGE_ACTIONS, type EdgeAction } from '../edge-actions.js';
export { edgeValidatorName } from './validator-name.js';

export type JsonSchema = { [keyword: string]: unknown };

interface Endpoint {
  configIdDeclared: boolean;
  statuses: number[];
  requestSchema: JsonSchema;
}

const ENDPOINTS = openApi.endpoints as unknown as Record<EdgeAction, Endpoint>;

/** An ISO 8601 date and time with a time zone, as RFC 3339's `date-time` (the OpenAPI format) requires. */
export const DATE_TIME_PATTERN = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})$';

export const EDGE_SCHEMA_ID_BASE = 'https://media-collection-inspector.invalid/media-edge/';

export function edgeSchemaId(action: EdgeAction): string {
  return EDGE_SCHEMA_ID_BASE + action;
}

/** The statuses the OpenAPI file documents for an endpoint (200/207/400 or 204/400/404). */
export function documentedStatuses(action: EdgeAction): readonly number[] {
  return ENDPOINTS[action].statuses;
}

/** One endpoint's request body schema, as draft-07 JSON Schema with an $id. */
export function edgeSchema(action: EdgeAction): JsonSchema {
  return { $id: edgeSchemaId(action), ...(toJsonSchema(ENDPOINTS[action].requestSchema) as JsonSchema) };
}

export const EDGE_SCHEMAS: readonly JsonSchema[] = EDGE_ACTIONS.map(edgeSchema);

function toJsonSchema(value: unknown, parentKey?: string): unknown {
  if (Array.isArray(value)) return value.map((v) => toJsonSchema(v));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (parentKey !== 'properties' && k === 'format') {
      if (v === 'date-time') out['pattern'] = DATE_TIME_PATTERN;
      continue;
    }
    out[k] = toJsonSchema(v, k);
  }
  return out;
}
