/**
 * A User Timing mark for a stage of serving a panel (storage read, tab rebuilt, snapshot sent),
 * so `npm run bench` can say where the time goes. Only the latest of each name is kept.
 */
export function markStage(name: string): void {
  performance.clearMarks(name);
  performance.mark(name);
}
