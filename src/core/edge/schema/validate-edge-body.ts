/**
 * Validates a Media Edge request body against its endpoint's precompiled schema (from Adobe's
 * OpenAPI file), and says what is wrong in plain words, naming fields by their XDM path.
 */
import { message, type Message } from '../../../i18n/message.js';
import { EDGE_ACTIONS, isEdgeAction, type EdgeAction } from '../edge-actions.js';
import type { GeneratedError, GeneratedValidator } from '../../schema/generated/validators.js';
import type { SchemaIssue } from '../../schema/validate-body.js';
import * as generated from './generated/validators.js';
import { edgeValidatorName } from './validator-name.js';

const VALIDATORS: ReadonlyMap<string, GeneratedValidator> = new Map(
  EDGE_ACTIONS.map((a) => {
    const v = (generated as unknown as Record<string, GeneratedValidator | undefined>)[edgeValidatorName(a)];
    if (typeof v !== 'function') throw new Error(`generated Media Edge validators lack "${a}": run \`npm run gen\``);
    return [a, v] as const;
  }),
);

const AT_ROOT = Object.freeze({ instancePath: '' });

/** Where a Media Edge body breaks its schema: a SchemaIssue whose words are a catalog message. */
export interface EdgeSchemaIssue extends Omit<SchemaIssue, 'message'> {
  message: Message;
}

/** Shared by every valid body (nearly all of them). */
export const NO_EDGE_ISSUES: readonly EdgeSchemaIssue[] = Object.freeze([]);

/** What every Media Edge body looks like, for the messages that say so. */
export const EDGE_BODY_SHAPE = '{"events":[{"xdm":{…}}]}';

/** An example of the ISO 8601 timestamps the Media Edge API wants. */
const DATE_TIME_EXAMPLE = '2024-05-01T12:00:00.000Z';

/** The statuses the OpenAPI file documents for an endpoint. */
export function documentedEdgeStatuses(action: EdgeAction): readonly number[] {
  return generated.edgeStatuses[action] ?? [];
}

/**
 * The schema issues of a Media Edge body. `action` is the endpoint whose schema applies (the
 * path's action; `sessionStart` for an interact call opening a media session); `index` is the
 * position of the media event in `events`: only that event is validated, since an interact call
 * may carry other Edge events beside it.
 */
export function edgeSchemaIssues(body: unknown, action: string, index: number): readonly EdgeSchemaIssue[] {
  const validate = isEdgeAction(action) ? VALIDATORS.get(action) : undefined;
  if (!validate) return NO_EDGE_ISSUES;
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return [{ pointer: '', keyword: 'body', message: message('rules-edge.schema.not-object', { shape: EDGE_BODY_SHAPE }) }];
  }
  const events = (body as { events?: unknown }).events;
  if (!Array.isArray(events)) {
    return [{ pointer: '', keyword: 'required', message: message('rules-edge.schema.no-events', { shape: EDGE_BODY_SHAPE }) }];
  }
  const one = index === 0 && events.length === 1 ? body : { events: [events[index]] };
  if (validate(one, AT_ROOT)) return NO_EDGE_ISSUES;
  return (validate.errors ?? []).map((e) => toIssue(e, action, index));
}

function toIssue(e: GeneratedError, action: string, index: number): EdgeSchemaIssue {
  const pointer = e.instancePath.replace(/^\/events\/0(?=\/|$)/, `/events/${index}`);
  const field = xdmPath(pointer);
  switch (e.keyword) {
    case 'required': {
      const key = String(e.params['missingProperty']);
      return { pointer, keyword: 'required', message: message('rules-edge.schema.missing', { field: field === '' ? key : `${field}.${key}`, action }) };
    }
    case 'type':
      return { pointer, keyword: 'type', message: message('rules-edge.schema.type', { field, type: String(e.params['type']) }) };
    case 'enum': {
      const allowed = (e.params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ');
      return { pointer, keyword: 'enum', message: message('rules-edge.schema.enum', { field, allowed }) };
    }
    case 'pattern':
      return { pointer, keyword: 'pattern', message: message('rules-edge.schema.date-time', { field, example: DATE_TIME_EXAMPLE }) };
    default:
      return { pointer, keyword: e.keyword, message: message('rules-edge.schema.other', { field, keyword: e.keyword, action }) };
  }
}

/** `/events/0/xdm/mediaCollection/playhead` → `events[0].xdm.mediaCollection.playhead`. */
function xdmPath(pointer: string): string {
  if (pointer === '') return '';
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((out, s) => (/^\d+$/.test(s) ? `${out}[${s}]` : out === '' ? s : `${out}.${s}`), '');
}
