import type { Header } from '../core/call.js';
import type { CallFindings } from '../core/finding.js';
import type { SessionView } from '../core/session.js';
import type { TabEntry } from './entry.js';

/**
 * The port between the background and one panel, one port per inspected tab. Each direction is
 * one map from message type to payload, so both ends are typed by the same declaration.
 */
export interface BackgroundToPanel {
  /**
   * Sent first on every connection, replacing whatever the panel held: the tab's newest entries
   * (the screenful a panel opens on), every session, and how many entries the whole tab has.
   * The older entries follow in `snapshotPart`s, newest first, before any other message.
   */
  snapshot: {
    tabId: number;
    dropped: number;
    sessions: SessionSummary[];
    totalEntries: number;
    totalCalls: number;
    /** When the extension was last reloaded or updated (epoch ms): the browser emptied what it had captured before. */
    reloadedAt?: number;
  } & SnapshotPart;
  /** The next older entries of the snapshot, with their findings and sessions. */
  snapshotPart: SnapshotPart;
  /** Sessions that changed (new call, new state, new counts), and the session of each new call. */
  sessions: SessionsUpdate;
  /** New entries, or calls that changed (a response arrived). */
  entries: TabEntry[];
  /** Replacement finding lists, per call. */
  findings: readonly CallFindings[];
  /**
   * Entries removed to stay within the session storage quota: `count` is the tab's running
   * total of dropped calls, `ids` the entries removed this time.
   */
  dropped: { count: number; ids: string[] };
  /** The user emptied the tab's list. */
  cleared: Record<string, never>;
  /** The inspected tab closed: nothing more will come for it, and the background has let its calls go. */
  tabClosed: Record<string, never>;
}

/**
 * A session as the panel lists it. Its calls are not repeated here (a long session would resend
 * thousands of ids on every event): the panel groups calls by `callSessions`.
 */
export type SessionSummary = Omit<SessionView, 'callIds'>;

export interface SessionsUpdate {
  sessions: SessionSummary[];
  /** Call id → session key, for calls the inspector has placed in a session. */
  callSessions: Record<string, string>;
  /**
   * Every session of the tab, after it was judged again: a session the panel has from this tab
   * and not here is gone (a call first judged without its answer may move to another session).
   */
  whole?: true;
}

/** Entries of a snapshot (in list order), the findings of those that have some, and their sessions. */
export interface SnapshotPart {
  entries: TabEntry[];
  findings: CallFindings[];
  /** Call id → session key, for these entries. */
  callSessions: Record<string, string>;
}

export interface PanelToBackground {
  clear: Record<string, never>;
  /**
   * The response body of a Media Edge sessionStart, as DevTools read it (webRequest cannot): the
   * background links the session by the id in it exactly. Sent again after every reconnect,
   * since a restarted background has forgotten it.
   */
  edgeSessionStartResponse: { callId: string; body: string };
  /**
   * A call's outcome as DevTools' network log recorded it, for a call the background marked
   * `interrupted` (its own report of the outcome was lost with a stopped worker). Taken only
   * for such a call.
   */
  networkOutcome: { callId: string; outcome: NetworkOutcome };
  /**
   * A call's request as DevTools' network log recorded it, for a call the browser reported only
   * the answer of (`startUnseen`). Taken only for such a call.
   */
  networkRequest: { callId: string; request: NetworkRequestHalf };
  /**
   * A whole call DevTools' network log recorded and the background never heard of (the browser
   * reported it to no running worker). Taken only for a site the extension may capture, and
   * only when the tab holds no call of that request.
   */
  networkCall: NetworkCall;
}

/**
 * What DevTools' network log shows of a request that a call needs: its body. Its headers are
 * left out, as webRequest's capture leaves them out (cookies, tokens).
 */
export interface NetworkRequestHalf {
  /** The body as sent; empty for none. */
  body: string;
}

/** A call as DevTools' network log shows it whole. */
export interface NetworkCall extends NetworkRequestHalf {
  method: string;
  url: string;
  /** When it started, ms since the epoch (DevTools' startedDateTime). */
  startedAt: number;
  /** The browser's resource type as DevTools names it (`fetch`, `xhr`, `ping`), or `other`. */
  resourceType: string;
  outcome: NetworkOutcome;
}

/** What DevTools' network log shows of a call's outcome: its status and headers, or its failure. */
export interface NetworkOutcome {
  status?: number;
  statusText?: string;
  responseHeaders?: Header[];
  networkError?: string;
  /** The request's whole time as DevTools measured it, ms. */
  durationMs: number;
}

export type MessageOf<M> = { [K in keyof M]: { type: K; data: M[K] } }[keyof M];

const PORT_PREFIX = 'mc-inspector-panel:';

export function panelPortName(tabId: number): string {
  return PORT_PREFIX + tabId;
}

/** The inspected tab of a panel port, or undefined for a port that is not a panel's. */
export function tabIdOfPortName(name: string): number | undefined {
  if (!name.startsWith(PORT_PREFIX)) return undefined;
  const tabId = Number(name.slice(PORT_PREFIX.length));
  return Number.isInteger(tabId) ? tabId : undefined;
}
