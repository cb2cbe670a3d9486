import type { Finding } from '../finding.js';
import type { Report, RuleMeta } from './rule.js';

export function toFinding(meta: RuleMeta, callId: string, r: Report): Finding {
  const finding: Finding = {
    rule: meta.id,
    severity: meta.severityOverride ?? r.severity ?? meta.severity,
    callId: r.callId ?? callId,
    message: r.message,
  };
  if (r.action !== undefined) finding.action = r.action;
  if (r.pointer !== undefined) finding.pointer = r.pointer;
  if (r.contradiction !== undefined) finding.contradiction = r.contradiction;
  if (r.relatedCallIds !== undefined) finding.relatedCallIds = r.relatedCallIds;
  return finding;
}
