import type { RuleMeta, CallRule } from '../rule.js';
import { edgeStatusMeaning, edgeStatusReport } from './edge-status.js';

/** A rule that reports Media Edge calls answered with the statuses `matches` picks, with the errors the body names. */
export function edgeStatusRule(meta: Omit<RuleMeta, 'severity'>, matches: (status: number) => boolean): CallRule {
  return {
    kind: 'call',
    meta: { ...meta, severity: 'error' },
    triggers: { traits: ['unusual-outcome'] },
    check({ call, api }, report) {
      const status = call.status;
      if (api.kind !== 'edge' || status === undefined || !matches(status)) return;
      const m = edgeStatusMeaning(api, status);
      if (m) report(edgeStatusReport(call, status, m));
    },
  };
}
