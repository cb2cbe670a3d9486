/**
 * What the e2e run measured (calls sent and captured, the panel latency), printed as one line
 * per test so a run's output carries the figures.
 */
export function record(browser: string, test: string, figures: Record<string, number>): void {
  const text = Object.entries(figures)
    .map(([k, v]) => `${k}=${Number.isInteger(v) ? v : v.toFixed(1)}`)
    .join(' ');
  console.log(`[measure] ${browser} | ${test} | ${text}`);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
