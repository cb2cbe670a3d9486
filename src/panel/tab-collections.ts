import type { CallFindings, Finding } from '../core/finding.js';
import { entryId, type TabEntry } from '../messaging/entry.js';
import type { SessionSummary } from '../messaging/protocol.js';
import { summarizeCall } from './call-summary.js';
import { EntryList } from './entry-list.js';
import { ListSpans } from './session-spans.js';

/** Which parts of the collections changed since they were last published. */
export interface Changes {
  entries: boolean;
  findings: boolean;
  sessions: boolean;
  links: boolean;
  types: boolean;
}

const NONE: Changes = { entries: false, findings: false, sessions: false, links: false, types: false };

/**
 * What the panel holds, live capture and imported files alike, changed in place: the entries in
 * list order, each call's findings and session, the sessions, the event types, the sessions'
 * lengths. A change costs what it carries, not the size of the tab. Changes are only noted
 * (`takeChanges`): the store publishes them to its signals when it chooses, once per live
 * message, once for several batches of an imported file.
 */
export class TabCollections {
  readonly list = new EntryList();
  readonly findings = new Map<string, readonly Finding[]>();
  readonly sessions = new Map<string, SessionSummary>();
  /** Call id → session key. */
  readonly callSessions = new Map<string, string>();
  readonly spans = new ListSpans(this.list, this.callSessions);
  private readonly types = new Set<string>();
  private changes: Changes = { ...NONE };

  /** The event types of the calls, sorted. */
  eventTypes(): string[] {
    return [...this.types].sort();
  }

  /** What changed since the last call. */
  takeChanges(): Changes {
    const taken = this.changes;
    this.changes = { ...NONE };
    return taken;
  }

  /** Adds new entries and replaces known ones (same id). */
  upsert(batch: readonly TabEntry[]): void {
    const known = batch.map((e) => this.list.get(entryId(e)));
    this.list.upsert(batch);
    this.spans.upserted(batch, known);
    this.noteTypes(batch);
    this.changes.entries = true;
  }

  replaceFindings(changed: readonly CallFindings[]): void {
    for (const c of changed) {
      if (c.findings.length === 0) this.findings.delete(c.callId);
      else this.findings.set(c.callId, c.findings);
    }
    this.changes.findings = true;
  }

  /** Forgets every session that is neither in `views` nor one `kept` says to keep. */
  dropSessionsBut(views: readonly SessionSummary[], kept: (key: string) => boolean): void {
    const listed = new Set(views.map((v) => v.key));
    for (const key of [...this.sessions.keys()]) if (!listed.has(key) && !kept(key)) this.sessions.delete(key);
    this.changes.sessions = true;
  }

  mergeSessions(views: readonly SessionSummary[]): void {
    for (const view of views) this.sessions.set(view.key, view);
    this.changes.sessions = true;
  }

  /**
   * Each link is kept between the call's own id and its session's own key, the strings the list
   * and the sessions hold: a message brings a copy of both per call, and 80,000 copies of a
   * 70-character key would stay for nothing, and make every look-up compare text, not pointers.
   */
  linkCalls(links: Record<string, string>): void {
    let moved = false;
    for (const id in links) {
      const key = this.sessions.get(links[id]!)?.key ?? links[id]!;
      const entry = this.list.get(id);
      const before = this.callSessions.get(id);
      this.callSessions.set(entry ? entryId(entry) : id, key);
      if (this.spans.linked(id, key, before) === 'moved') moved = true;
    }
    if (moved) this.spans.measureAgain();
    this.changes.links = true;
  }

  /** Takes the entries out (the background dropped them), with their findings. */
  remove(ids: readonly string[]): void {
    this.list.remove(ids);
    this.spans.measureAgain();
    this.retypeAll();
    this.replaceFindings(ids.map((callId) => ({ callId, findings: [] })));
    this.changes.entries = true;
  }

  /** Drops every entry, finding and session whose id fails `keep`. */
  keepOnly(keep: (id: string) => boolean): void {
    this.list.remove(
      this.list
        .toArray()
        .map(entryId)
        .filter((id) => !keep(id)),
    );
    for (const map of [this.findings, this.sessions, this.callSessions]) for (const id of [...map.keys()]) if (!keep(id)) map.delete(id);
    this.spans.measureAgain();
    this.retypeAll();
    this.changes = { entries: true, findings: true, sessions: true, links: true, types: true };
  }

  /** Event types are collected as calls arrive; the picker's list changes only when a new one appears. */
  private noteTypes(batch: readonly TabEntry[]): void {
    const before = this.types.size;
    for (const e of batch) if (e.kind === 'call') this.types.add(summarizeCall(e).eventType);
    if (this.types.size !== before) this.changes.types = true;
  }

  private retypeAll(): void {
    this.types.clear();
    this.noteTypes(this.list.toArray());
    this.changes.types = true;
  }
}
