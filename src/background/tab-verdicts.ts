import type { CallFindings } from '../core/finding.js';
import type { CapturedCall } from '../core/call.js';
import type { InspectorOptions } from '../core/inspector.js';
import type { SessionsUpdate } from '../messaging/protocol.js';
import type { TabLog } from './tab-log.js';

/** Who hears the verdicts: the badge (error counts) and the open panels (findings, sessions). */
export interface VerdictListener {
  findings(tabId: number, changed: readonly CallFindings[]): void;
  errorCount(tabId: number, count: number): void;
  /** Sessions changed; sent at most every SESSIONS_INTERVAL_MS per tab, so bursts cost one update. */
  sessions?(tabId: number, update: SessionsUpdate): void;
}

const SESSIONS_INTERVAL_MS = 100;

/**
 * Judging the tabs' calls, and telling the listener what changed: each call as it settles, a
 * whole tab again (the settings changed, or a call judged without its answer got one), and the
 * sessions of a tab at most every SESSIONS_INTERVAL_MS.
 */
export class TabVerdicts {
  /** The rule lists the user's settings ask for; every tab's inspector judges with them. */
  rules: InspectorOptions = {};
  private readonly sessionTimers = new Map<number, ReturnType<typeof setTimeout>>();
  /** Tabs to be judged again once the answers arriving now are in (judgeAgainSoon). */
  private readonly judgingAgain = new Map<TabLog, Promise<void>>();

  /** `current`: whether the tab is still the one kept for its id (not cleared or closed meanwhile). */
  constructor(
    private readonly listener: VerdictListener,
    private readonly current: (tab: TabLog) => boolean,
  ) {}

  /**
   * Judges a call that just settled (already put in the tab). Its verdicts are told now, or, for
   * the answer to a call judged without it, with the tab's judging again: then the promise of it.
   */
  judgeSettled(tab: TabLog, call: CapturedCall): Promise<void> | undefined {
    if (tab.judgedWithoutAnswer(call.id)) return this.judgeAgainSoon(tab);
    const errorsBefore = tab.errors;
    const changed = tab.inspect(call);
    if (changed.length > 0) this.listener.findings(tab.tabId, changed);
    if (tab.errors !== errorsBefore) this.listener.errorCount(tab.tabId, tab.errors);
    this.noteSessions(tab);
    return undefined;
  }

  /** Judges every call of the tab again, and tells the badge and the open panels the new findings and sessions. */
  judgeAgain(tab: TabLog): void {
    const changed = tab.rejudge(this.rules);
    if (changed.length > 0) this.listener.findings(tab.tabId, changed);
    this.listener.sessions?.(tab.tabId, { ...tab.allSessions(), whole: true });
    this.listener.errorCount(tab.tabId, tab.errors);
  }

  /** The tab's sessions changed: they are sent with the next update. */
  noteSessions(tab: TabLog): void {
    if (!this.listener.sessions || this.sessionTimers.has(tab.tabId)) return;
    this.sessionTimers.set(
      tab.tabId,
      setTimeout(() => {
        this.sessionTimers.delete(tab.tabId);
        if (!this.current(tab)) return;
        const update = tab.takeSessionsUpdate();
        if (update) this.listener.sessions?.(tab.tabId, update);
      }, SESSIONS_INTERVAL_MS),
    );
  }

  /**
   * The tab is judged again, soon: the answer to a call judged without it came, or a call's
   * request or a whole call was filled in the past (network-fill.ts), any of which can change
   * what later calls were judged against. These come in runs (an open panel fills them from
   * DevTools' log, a message each), and a run costs one judging, not one per message: a whole
   * tab of 10,000 calls takes tens of milliseconds.
   */
  judgeAgainSoon(tab: TabLog): Promise<void> {
    let soon = this.judgingAgain.get(tab);
    if (!soon) {
      soon = new Promise((resolve) => setTimeout(resolve, 0)).then(() => {
        this.judgingAgain.delete(tab);
        if (this.current(tab)) this.judgeAgain(tab);
      });
      this.judgingAgain.set(tab, soon);
    }
    return soon;
  }
}
