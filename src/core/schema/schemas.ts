/**
 * One JSON Schema (draft-07, Ajv 8's default) per event type, built from the parameter catalog.
 *
 * Policy: a schema error means "the docs agree the server rejects this body". Where the docs
 * disagree or are silent, the schema stays permissive and the disagreement is exported for the
 * rules layer to report as a warning (ADVISORY_REQUIRED, unknown keys via paramsOf, ...).
 * Contradictions between Adobe's pages are cited as C<n>, the sections of docs/contradictions.md.
 *
 * These schemas are compiled ahead of time (scripts/generate-validators.ts) into Ajv standalone
 * code: nothing at run time may compile them, because MV3 pages and workers forbid `new Function`.
 * This module is only data; importing it at run time is cheap but not needed to validate.
 */
import { EVENT_TYPES, type EventType } from '../event-types.js';
import { EVENT_BODY, QOE_CATALOG, describeParam, paramsOf, type ParamSpec } from './params.js';

export type JsonSchema = { [keyword: string]: unknown };

export const SCHEMA_ID_BASE = 'https://media-collection-inspector.invalid/schemas/';

/** The $id of an event type's schema. */
export function schemaId(eventType: EventType): string {
  return SCHEMA_ID_BASE + eventType;
}

/**
 * Custom-metadata key pattern, exactly as in the sessionStart schema sample
 * (mc-api-validate-reqs.md): letters, digits, "_" and ".".
 */
export const CUSTOM_METADATA_KEY_PATTERN = '^[a-zA-Z0-9_\\.]+$';

/** The top-level keys a body may carry (events-request and sessions-request sample bodies). */
export const BODY_KEYS = ['playerTime', 'eventType', 'params', 'qoeData', 'customMetadata'] as const;

/**
 * playerTime as in the schema sample (`playhead` number, `ts` integer, both required,
 * additionalProperties false), plus `playhead >= 0` (sessions request: "0 <= playhead").
 */
function playerTimeSchema(): JsonSchema {
  return {
    type: 'object',
    description: 'The player time of the event',
    properties: {
      playhead: { type: 'number', minimum: 0, description: 'Playhead, in seconds (may be a float)' },
      ts: { type: 'integer', description: 'Timestamp, in milliseconds, UTC' },
    },
    required: ['playhead', 'ts'],
    additionalProperties: false,
  };
}

/**
 * qoeData: the four media.qoe.* keys, integers, nothing required.
 * C7: the 2018 schema sample sets additionalProperties:false here, yet Adobe's own Timeline 2
 * sends `"qoeData":{"bitrate":10000}`. The pages disagree, so other keys are not a schema error:
 * `unknownQoeKeys` reports them as a warning (with the media.qoe.* key they probably meant).
 * Several variables pages put media.qoe.* in `params` instead; those keys are not rejected
 * there (params is open), they become an advisory too.
 * C8: integer (schema sample, req-params) rather than the old quality page's "number".
 * The 2019 media.qoe.errorID / errorSource keys were removed from the docs and are not listed.
 */
function qoeDataSchema(): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const q of QOE_CATALOG) properties[q.key] = { type: 'integer', description: describeParam(q.key)! };
  return {
    type: 'object',
    description: 'Quality of experience data',
    properties,
  };
}

/**
 * customMetadata as in the schema sample: a flat object of string values whose keys match the
 * pattern; anything else is rejected. The `media.` and `a.` prefix rules are advisories.
 */
function customMetadataSchema(): JsonSchema {
  return {
    type: 'object',
    description: 'Custom metadata: a flat object of string values',
    patternProperties: { [CUSTOM_METADATA_KEY_PATTERN]: { type: 'string' } },
    additionalProperties: false,
  };
}

function valueSchema(spec: ParamSpec): JsonSchema {
  const description = describeParam(spec.key)!;
  switch (spec.type) {
    case 'string':
      return spec.enum ? { type: 'string', enum: [...spec.enum], description } : { type: 'string', description };
    case 'number':
    case 'integer':
    case 'boolean':
      return { type: spec.type, description };
    case 'customerIDs':
      // req-params: "The value of this key must be an object of the following format".
      return {
        type: 'object',
        description,
        additionalProperties: {
          type: 'object',
          properties: {
            id: { type: 'string' },
            authState: { type: 'integer', enum: [0, 1, 2] },
          },
          required: ['id', 'authState'],
        },
      };
    case 'stateList':
      return {
        type: 'array',
        description,
        items: {
          type: 'object',
          properties: { 'media.state.name': { type: 'string' } },
          required: ['media.state.name'],
        },
      };
  }
}

/**
 * The params schema of an event. Never `additionalProperties: false`: the docs do not list every
 * key the server accepts (the real schemas are not public), so an unknown key is a warning for the
 * rules layer (paramsOf / unknownParams), not a schema error.
 */
function paramsSchema(eventType: EventType): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const spec of paramsOf(eventType)) {
    properties[spec.key] = valueSchema(spec);
    // Only keys every page agrees on. C3 (sessionStart: the three analytics/visitor keys and
    // media.streamType) and C10 (adStart: media.ad.playerName) are `advisory` in the catalog,
    // so they are typed here but not required.
    if (spec.requirement === 'required') required.push(spec.key);
  }
  const schema: JsonSchema = { type: 'object', description: 'Event parameters' };
  if (Object.keys(properties).length) schema['properties'] = properties;
  if (required.length) schema['required'] = required;
  if (eventType === 'statesUpdate') {
    // player-state/overview.md: a statesUpdate carries statesStart and/or statesEnd (C9: the
    // event exists only in those docs). One without either carries nothing and is rejected.
    schema['anyOf'] = [{ required: ['statesStart'] }, { required: ['statesEnd'] }];
  }
  return schema;
}

/** The JSON Schema of one event type's body. */
export function buildEventSchema(eventType: EventType): JsonSchema {
  const body = EVENT_BODY[eventType];
  const properties: Record<string, JsonSchema> = {
    playerTime: playerTimeSchema(),
    eventType: { type: 'string', const: eventType },
  };
  // ping: "Do not include a params object" (ping.md, the old event-types page): params is left out
  // of properties, so additionalProperties:false rejects it.
  if (body.params !== 'forbidden') properties['params'] = paramsSchema(eventType);
  // qoeData is optional on every event (mc-api-sending-qoe.md: "Every event can be decorated").
  properties['qoeData'] = qoeDataSchema();
  // C2: customMetadata on sessionStart, adStart and chapterStart only; elsewhere it is left out of
  // properties and rejected by additionalProperties:false.
  if (body.customMetadata) properties['customMetadata'] = customMetadataSchema();
  const required = ['playerTime', 'eventType'];
  if (body.params === 'required') required.push('params');
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: schemaId(eventType),
    title: eventType,
    type: 'object',
    properties,
    required,
    // The schema sample sets additionalProperties:false on the body, and the events/sessions
    // request pages say the body "must have the same structure as this sample".
    additionalProperties: false,
  };
}

/** Every event type's schema, keyed by event type. */
export const EVENT_SCHEMAS: Readonly<Record<EventType, JsonSchema>> = Object.freeze(
  Object.fromEntries(EVENT_TYPES.map((t) => [t, buildEventSchema(t)])) as Record<EventType, JsonSchema>,
);

/**
 * A fingerprint of all schemas (FNV-1a over their JSON). The generator writes it into the
 * generated module, so a test can tell when the generated validators are stale.
 */
export function schemaFingerprint(): string {
  const text = JSON.stringify(EVENT_TYPES.map((t) => EVENT_SCHEMAS[t]));
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
