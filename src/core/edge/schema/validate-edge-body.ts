/**
 * Validates a Media Edge request body against its endpoint's precompiled schema (from Adobe's
 * OpenAPI file), and says what is wrong in plain words, naming fields by their XDM path.
 */
import { EDGE_ACTIONS, isEdgeAction, type EdgeAction } from '../edge-actions.js';
import type { GeneratedError, GeneratedValidator } from '../../schema/generated/validators.js';
import { NO_ISSUES, type SchemaIssue } from '../../schema/validate-body.js';
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
export function edgeSchemaIssues(body: unknown, action: string, index: number): readonly SchemaIssue[] {
  const validate = isEdgeAction(action) ? VALIDATORS.get(action) : undefined;
  if (!validate) return NO_ISSUES;
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return [{ pointer: '', keyword: 'body', message: 'The request body must be a JSON object {"events": [{"xdm": {…}}]}' }];
  }
  const events = (body as { events?: unknown }).events;
  if (!Array.isArray(events)) {
    return [{ pointer: '', keyword: 'required', message: 'The body has no "events" array: Media Edge bodies are {"events": [{"xdm": {…}}]}' }];
  }
  const one = index === 0 && events.length === 1 ? body : { events: [events[index]] };
  if (validate(one, AT_ROOT)) return NO_ISSUES;
  return (validate.errors ?? []).map((e) => toIssue(e, action, index));
}

function toIssue(e: GeneratedError, action: string, index: number): SchemaIssue {
  const pointer = e.instancePath.replace(/^\/events\/0(?=\/|$)/, `/events/${index}`);
  const where = xdmPath(pointer);
  switch (e.keyword) {
    case 'required': {
      const key = String(e.params['missingProperty']);
      return {
        pointer,
        keyword: 'required',
        message: `${where === '' ? '' : where + '.'}${key} is missing: the Media Edge API requires it on ${action}`,
      };
    }
    case 'type':
      return { pointer, keyword: 'type', message: `${where} must be ${article(String(e.params['type']))}` };
    case 'enum':
      return {
        pointer,
        keyword: 'enum',
        message: `${where} must be one of ${(e.params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
      };
    case 'pattern':
      return { pointer, keyword: 'pattern', message: `${where} must be an ISO 8601 date and time with a time zone, e.g. 2024-05-01T12:00:00.000Z` };
    default:
      return { pointer, keyword: e.keyword, message: `${where} fails the "${e.keyword}" rule of the ${action} schema` };
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

function article(type: string): string {
  return type === 'integer' || type === 'object' || type === 'array' ? `an ${type}` : `a ${type}`;
}
