import { isEventType, type EventType } from '../../event-types.js';
import { isObject } from '../../media-event.js';
import type { Advisory } from '../../schema/advisories.js';
import type { CallRule, RuleMeta } from '../rule.js';

/**
 * A rule that reports the advisories a check of the schema layer finds: the checks the schemas
 * leave out because the documentation pages disagree or do not say the server rejects the body.
 */
export function advisoryRule(
  meta: RuleMeta,
  advise: (eventType: EventType, body: Record<string, unknown>) => Advisory[],
  action: string,
): CallRule {
  return {
    kind: 'call',
    meta,
    check({ body }, report) {
      if (body.kind !== 'json' || !isObject(body.value)) return;
      const eventType = body.value['eventType'];
      if (!isEventType(eventType)) return;
      for (const a of advise(eventType, body.value)) {
        report({ severity: a.severity, message: a.message, pointer: a.pointer, action });
      }
    },
  };
}
