import { message, type Message } from '../../i18n/message.js';
import type { Finding } from '../finding.js';
import type { Report, RuleMeta } from './rule.js';

/** A rule's words not yet in the catalog travel as text (being moved into the catalog). */
function asMessage(m: Message | string): Message {
  return typeof m === 'string' ? message('legacy.text', { text: m }) : m;
}

export function toFinding(meta: RuleMeta, callId: string, r: Report): Finding {
  const finding: Finding = {
    rule: meta.id,
    severity: meta.severityOverride ?? r.severity ?? meta.severity,
    callId: r.callId ?? callId,
    message: asMessage(r.message),
  };
  if (r.action !== undefined) finding.action = asMessage(r.action);
  if (r.pointer !== undefined) finding.pointer = r.pointer;
  if (r.contradiction !== undefined) finding.contradiction = r.contradiction;
  if (r.relatedCallIds !== undefined) finding.relatedCallIds = r.relatedCallIds;
  return finding;
}
