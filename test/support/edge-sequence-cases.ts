import { EDGE_ACTIONS } from '../../src/core/edge/edge-actions.js';
import { SEQUENCE_RULES } from '../../src/core/rules/index.js';
import { RULE_CASES, type RuleCase } from '../core/rules/cases.js';

export const SEQUENCE_IDS = new Set(SEQUENCE_RULES.map((r) => r.meta.id));

/**
 * Cases the Media Edge format cannot express: events it has no endpoint for (stateStart,
 * stateEnd), and media.libraryVersion, by which the rules recognise the Media Collection
 * API's SDKs (the Web SDK sends no such parameter, so its sessions are judged as any player's).
 */
const expressible = (c: RuleCase) =>
  c.events.every((e) => {
    const body = e.body as { eventType?: unknown; params?: Record<string, unknown> } | undefined;
    return (EDGE_ACTIONS as readonly string[]).includes(String(body?.eventType)) && body?.params?.['media.libraryVersion'] === undefined;
  });

/**
 * accepted-not-counted reads no events: it follows the error findings of an accepted call, and
 * its case leans on a Media Collection API call rule (a sessionStart without its report suite,
 * which the Web SDK's datastream supplies). Its Media Edge behaviour is tested with the Edge
 * sessions and the recorded Web SDK HAR.
 */
export const FORMAT_BOUND = new Set(['accepted-not-counted']);

/** The sequence rules' cases that can be sent in the Media Edge format as well. */
export const EDGE_SEQUENCE_CASES = RULE_CASES.filter((c) => SEQUENCE_IDS.has(c.rule) && !FORMAT_BOUND.has(c.rule) && expressible(c));
