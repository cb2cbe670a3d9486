import type { MessageId } from '../../../i18n/catalog.js';
import { message } from '../../../i18n/message.js';
import type { EventType } from '../../event-types.js';
import { isObject } from '../../media-event.js';
import type { Advisory } from '../../schema/advisories.js';
import type { CallRule, CallTriggers, RuleMeta } from '../rule.js';

/**
 * A rule that reports the advisories a check of the schema layer finds: the checks the schemas
 * leave out because the documentation pages disagree or do not say the server rejects the body.
 */
export function advisoryRule(
  meta: RuleMeta,
  triggers: CallTriggers,
  advise: (eventType: EventType, body: Record<string, unknown>) => readonly Advisory[],
  action: MessageId,
): CallRule {
  return {
    kind: 'call',
    meta,
    triggers,
    check({ body, eventType }, report) {
      const todo = message(action);
      if (eventType === undefined || body.kind !== 'json' || !isObject(body.value)) return;
      const advisories = advise(eventType, body.value);
      for (let i = 0; i < advisories.length; i++) {
        const a = advisories[i]!;
        report({ severity: a.severity, message: a.message, pointer: a.pointer, action: todo, contradiction: a.contradiction });
      }
    },
  };
}

/** Both lists as one, without a new array in the usual case where either is empty. */
export function both(a: readonly Advisory[], b: readonly Advisory[]): readonly Advisory[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  return a.concat(b);
}

