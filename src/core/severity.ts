/**
 * error: the docs say the data will be rejected, ignored or lost.
 * warning: likely wrong, or the documentation pages disagree.
 * info: worth knowing, nothing is lost.
 */
export type Severity = 'error' | 'warning' | 'info';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export function severityRank(s: Severity): number {
  return s === 'error' ? 2 : s === 'warning' ? 1 : 0;
}
