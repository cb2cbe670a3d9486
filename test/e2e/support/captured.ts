import type { CallEntry, TabEntry } from '../../../src/messaging/entry.js';
import { BOOTS_KEY } from '../../../src/background/storage-keys.js';
import { readStoredTabs } from '../../../src/background/stored-records.js';
import type { BrowserTab, Harness } from './harness.js';
import { bounded } from './within.js';

/** A tab's entries as the background stored them, in list order. */
export async function storedEntries(harness: Harness, tabId: number): Promise<TabEntry[]> {
  return entriesOfTab(await harness.readStorage(), tabId);
}

/** A tab's entries from a whole storage.session read, reassembled as the background does. */
export function entriesOfTab(all: Record<string, unknown>, tabId: number): TabEntry[] {
  return readStoredTabs(all).get(tabId)?.entries ?? [];
}

export function callsOf(entries: TabEntry[]): CallEntry[] {
  return entries.filter((e): e is CallEntry => e.kind === 'call');
}

export function isSettled(entry: CallEntry): boolean {
  return entry.settledAt !== undefined;
}

/** Waits until the tab has `count` settled calls stored (and returns its entries). */
export async function waitForSettledCalls(harness: Harness, tabId: number, count: number, timeoutMs = 30_000): Promise<TabEntry[]> {
  let entries: TabEntry[] = [];
  await waitUntil(
    async () => {
      entries = await storedEntries(harness, tabId);
      return callsOf(entries).filter(isSettled).length >= count;
    },
    () => `${count} settled calls stored for tab ${tabId}; have ${callsOf(entries).filter(isSettled).length} of ${callsOf(entries).length}`,
    timeoutMs,
  );
  return entries;
}

export async function boots(harness: Harness): Promise<number> {
  return Number((await harness.readStorage())[BOOTS_KEY] ?? 0);
}

/** One row of the panel's list, as its data attributes show it. */
export interface PanelRow {
  callId: string;
  eventType: string;
  status: string;
  sid: string;
  findings: string;
  errors: string;
  /** The rule ids of the call's findings, space-separated. */
  rules: string;
  /** `devtools-network` when the outcome was read from DevTools' network log, else empty. */
  outcomeFrom: string;
  /** `devtools-network` when the request was read from DevTools' network log, else empty. */
  requestFrom: string;
}

export function panelRows(panel: BrowserTab): Promise<PanelRow[]> {
  return panel.evaluate(`[...document.querySelectorAll('tr.call')].map((r) => ({ ...r.dataset }))`);
}

/** Every row of the panel's list, scrolled through: the list renders only the rows in view. */
export function everyPanelRow(panel: BrowserTab): Promise<PanelRow[]> {
  return panel.evaluate(`(async () => {
    const list = document.querySelector('.call-list');
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const rows = new Map();
    for (let top = 0; ; top += Math.max(1, list.clientHeight - 20)) {
      list.scrollTop = top;
      await frame();
      for (const r of document.querySelectorAll('tr.call')) rows.set(r.dataset.callId, { ...r.dataset });
      if (top >= list.scrollHeight) break;
    }
    return [...rows.values()];
  })()`);
}

export function panelState(panel: BrowserTab): Promise<{ connection: string; connections: number; calls: number; dropped: number; navigations: string[] }> {
  return panel.evaluate(`(() => {
    const c = document.querySelector('.connection');
    return {
      connection: c?.dataset.connection ?? '',
      connections: Number(c?.dataset.connections ?? 0),
      calls: Number(document.querySelector('.count')?.dataset.calls ?? 0),
      dropped: Number(document.querySelector('.dropped')?.dataset.dropped ?? 0),
      navigations: [...document.querySelectorAll('tr.navigation')].map((r) => r.dataset.navigationUrl),
    };
  })()`);
}

/**
 * Polls `check` until it holds, failing after `timeoutMs` with `what`. A check that itself hangs
 * (a page or worker that never answers an evaluation) fails at the same deadline, saying so,
 * instead of running into the test's timeout, which names no step.
 */
export async function waitUntil(check: () => Promise<boolean>, what: () => string | Promise<string>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const held = await bounded(check(), Math.max(deadline - Date.now(), 0) + 1000);
    if (held === undefined) throw new Error(`timed out waiting for ${await what()} (its last check was still running 1 s past the deadline)`);
    if (held) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${await what()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
