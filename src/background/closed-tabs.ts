/**
 * Tabs that closed, remembered so an event that comes after the close (the failure of a call
 * that was in flight) does not store it again for a tab no one can show. Tab ids are not reused
 * within a browser session; the newest are enough, as such events follow the close closely.
 */
export class ClosedTabs {
  private readonly ids = new Set<number>();

  constructor(private readonly kept = 1000) {}

  add(tabId: number): void {
    this.ids.add(tabId);
    if (this.ids.size > this.kept) this.ids.delete(this.ids.values().next().value!);
  }

  has(tabId: number): boolean {
    return this.ids.has(tabId);
  }
}
