import type { CapturedCall } from '../core/call.js';

/**
 * What a tab's list holds, in storage and in the panel alike: captured calls, and markers where
 * the tab navigated (earlier calls are kept across navigations, so the marker shows the seam).
 */
export interface CallEntry {
  kind: 'call';
  call: CapturedCall;
  /** The browser's resource type: beacons are `ping` in Chrome and `beacon` in Firefox. */
  resourceType: string;
  /** Set when the body text is our rendering of what the browser gave, not the bytes sent. */
  bodyNote?: string;
  /** When the browser reported the outcome (ms since the epoch); the inspector is fed in this order. */
  settledAt?: number;
  /**
   * No outcome, and none will come from the browser: the background that saw the request was
   * stopped before the answer reached it (Chrome does not deliver an event again to the worker
   * that starts next). Set when a worker starts and finds the call unsettled in storage.
   */
  interrupted?: true;
  /** The outcome was read from DevTools' network log, because the background missed the browser's report of it. */
  outcomeFrom?: 'devtools-network';
  /**
   * The browser reported only the call's answer: its start (and so its body) went to a worker
   * that was stopped, or came before capture began. Its `startedAt` is when the answer came.
   */
  startUnseen?: true;
  /**
   * The request was read from DevTools' network log: the call's start was unseen, or the browser
   * reported the call to no running background at all (then its outcome is from there too).
   */
  requestFrom?: 'devtools-network';
}

export interface NavigationEntry {
  kind: 'navigation';
  id: string;
  url: string;
  at: number;
}

export type TabEntry = CallEntry | NavigationEntry;

export function entryId(entry: TabEntry): string {
  return entry.kind === 'call' ? entry.call.id : entry.id;
}

export function entryTime(entry: TabEntry): number {
  return entry.kind === 'call' ? entry.call.startedAt : entry.at;
}

/** List order: by start time; request ids are increasing numbers in both browsers, so they break ties. */
export function compareEntries(a: TabEntry, b: TabEntry): number {
  return entryTime(a) - entryTime(b) || compareIds(entryId(a), entryId(b));
}

function compareIds(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}
