import type { CapturedCall } from '../core/call.js';
import type { CallFindings, Finding } from '../core/finding.js';
import { Inspector, type InspectorOptions } from '../core/inspector.js';
import { compareEntries, entryId, type CallEntry, type TabEntry } from '../messaging/entry.js';
import type { SessionSummary, SessionsUpdate } from '../messaging/protocol.js';
import { TabStorage } from './tab-storage.js';

/**
 * One tab's calls in memory: a cache of what storage.session holds, plus the inspector that
 * judges them. After a worker restart it is rebuilt from storage by replaying the calls in the
 * order they settled, so the findings come out as they did the first time.
 *
 * A call whose answer a stopped worker never saw (`interrupted`) is judged on its request alone,
 * where it was sent; should its answer come after all, the tab is judged anew with it, so that
 * the findings are those of a capture that saw the answer from the start.
 */
export class TabLog {
  readonly entries = new Map<string, TabEntry>();
  private readonly findings = new Map<string, readonly Finding[]>();
  private inspector: Inspector;
  private rules: InspectorOptions;
  /** Calls the inspector judged without their answer (see judgeStored). */
  private readonly judgedUnanswered = new Set<string>();
  /** What changed for the panel's session list since the last `takeSessionsUpdate`. */
  private readonly dirtySessions = new Set<string>();
  private readonly newCallSessions: Record<string, string> = {};
  /**
   * Media Edge sessionStart responses DevTools read (call id → body), kept to link their
   * sessions again whenever the calls are judged anew (new settings). One may come before its
   * call is judged: it is applied then.
   */
  private readonly edgeStartResponses = new Map<string, string>();
  errors = 0;
  dropped = 0;
  readonly storage: TabStorage;

  /** `rules`: the rule lists the user's settings ask for (rulesFor), or the defaults. */
  constructor(
    readonly tabId: number,
    chunks?: ReadonlyMap<string, readonly string[]>,
    rules: InspectorOptions = {},
  ) {
    this.storage = new TabStorage(tabId, chunks);
    this.rules = rules;
    this.inspector = new Inspector(rules);
  }

  static restore(tabId: number, entries: TabEntry[], dropped: number, chunks?: ReadonlyMap<string, readonly string[]>, rules: InspectorOptions = {}): TabLog {
    const log = new TabLog(tabId, chunks, rules);
    log.dropped = dropped;
    for (const entry of entries) log.put(entry);
    log.judgeStored();
    return log;
  }

  /**
   * Judges every stored call again under other rules (the user changed the settings): a new
   * inspector, fed the settled calls in the order they settled, as after a restart. Returns every
   * call whose findings may have changed, with its new list (empty for a call that lost them all).
   */
  rejudge(rules: InspectorOptions): CallFindings[] {
    const before = [...this.findings.keys()];
    this.rules = rules;
    this.inspector = new Inspector(rules);
    this.findings.clear();
    this.judgedUnanswered.clear();
    this.errors = 0;
    this.dirtySessions.clear();
    for (const id of Object.keys(this.newCallSessions)) delete this.newCallSessions[id];
    this.judgeStored();
    const changed = this.allFindings();
    for (const id of before) if (!this.findings.has(id)) changed.push({ callId: id, findings: [] });
    return changed;
  }

  /**
   * Straight to the inspector, in the order the calls settled. A call whose answer will never
   * come (`interrupted`) is judged too, on its request alone, where its answer would most likely
   * have come: once it was sent, and after the answers of the calls sent before it.
   */
  private judgeStored(): void {
    const judged: { entry: CallEntry; at: number }[] = [];
    let latestAnswer = -Infinity;
    for (const entry of this.sorted()) {
      if (entry.kind !== 'call') continue;
      if (entry.settledAt !== undefined) {
        judged.push({ entry, at: entry.settledAt });
        latestAnswer = Math.max(latestAnswer, entry.settledAt);
      } else if (entry.interrupted) judged.push({ entry, at: Math.max(entry.call.startedAt, latestAnswer) });
    }
    judged.sort((a, b) => a.at - b.at || compareEntries(a.entry, b.entry));
    // Not through `inspect`: a panel connecting after a restart is sent every session whole, and
    // one open when the settings change is sent them all again, so the per-call notes `inspect`
    // keeps for live updates would only pile up (10,000 call ids to copy, send and delete with
    // the next update) and be of no use.
    for (const { entry } of judged) {
      if (entry.settledAt !== undefined) this.judge(entry.call);
      else {
        this.judgedUnanswered.add(entry.call.id);
        this.judge({ ...entry.call, unanswered: true });
      }
    }
  }

  put(entry: TabEntry): void {
    this.entries.set(entryId(entry), entry);
  }

  /**
   * Estimated storage bytes of the tab, to find the largest when the quota is full. Counted
   * only then, not on every put: a restart rebuilding 10,000 calls would spend as long sizing
   * them as judging them. Each entry is sized once (entries are replaced, never changed).
   */
  get bytes(): number {
    let n = 0;
    for (const entry of this.entries.values()) {
      let size = entrySizes.get(entry);
      if (size === undefined) entrySizes.set(entry, (size = JSON.stringify(entry).length));
      n += size;
    }
    return n;
  }

  remove(id: string): void {
    this.entries.delete(id);
    this.edgeStartResponses.delete(id);
    this.judgedUnanswered.delete(id);
    this.setFindings(id, []);
  }

  /** The call was judged on its request alone: its answer calls for the whole tab to be judged again. */
  judgedWithoutAnswer(callId: string): boolean {
    return this.judgedUnanswered.has(callId);
  }

  /**
   * Feeds a settled call to the inspector; returns the finding lists that changed. The call must
   * be in `entries` already, as settled, and not one judged without its answer
   * (`judgedWithoutAnswer`): its answer has the whole tab judged again (TabVerdicts).
   */
  inspect(call: CapturedCall): readonly CallFindings[] {
    const changed = this.judge(call);
    const key = this.inspector.sessionKeyOf(call.id);
    if (key !== undefined) {
      this.newCallSessions[call.id] = key;
      this.dirtySessions.add(key);
    }
    for (const c of changed) {
      const k = this.inspector.sessionKeyOf(c.callId);
      if (k !== undefined) this.dirtySessions.add(k);
    }
    return changed;
  }

  /** Links a Media Edge sessionStart's session by its response; the session is sent on the next update. */
  linkEdgeSessionStart(callId: string, responseBody: string): void {
    this.edgeStartResponses.set(callId, responseBody);
    const key = this.inspector.sessionKeyOf(callId);
    if (key === undefined) return; // not judged yet: judge() links it
    this.inspector.linkEdgeSessionStart(callId, responseBody);
    this.dirtySessions.add(key);
  }

  /** The inspector's verdict on a call, kept; the finding lists that changed. */
  private judge(call: CapturedCall): readonly CallFindings[] {
    let changed: readonly CallFindings[];
    try {
      changed = this.inspector.push(call);
    } catch (error) {
      // A fault in the rules must not cost a capture: the call is stored already, only unjudged.
      reportInspectorFault(error);
      return [];
    }
    for (const c of changed) this.setFindings(c.callId, c.findings);
    const response = this.edgeStartResponses.get(call.id);
    if (response !== undefined) this.inspector.linkEdgeSessionStart(call.id, response);
    return changed;
  }

  allFindings(): CallFindings[] {
    return [...this.findings].map(([callId, findings]) => ({ callId, findings: [...findings] }));
  }

  /** Every session and every call's session: what a panel needs when it connects. */
  allSessions(): SessionsUpdate {
    const callSessions: Record<string, string> = {};
    for (const id of this.entries.keys()) {
      const key = this.inspector.sessionKeyOf(id);
      if (key !== undefined) callSessions[id] = key;
    }
    return { sessions: this.inspector.sessions().map(summary), callSessions };
  }

  /** The sessions changed since the last call, or undefined when none did. */
  takeSessionsUpdate(): SessionsUpdate | undefined {
    if (this.dirtySessions.size === 0) return undefined;
    const sessions = this.inspector.sessions().filter((s) => this.dirtySessions.has(s.key)).map(summary);
    const callSessions = { ...this.newCallSessions };
    this.dirtySessions.clear();
    for (const id of Object.keys(this.newCallSessions)) delete this.newCallSessions[id];
    return { sessions, callSessions };
  }

  sorted(): TabEntry[] {
    return [...this.entries.values()].sort(compareEntries);
  }

  private setFindings(callId: string, list: readonly Finding[]): void {
    this.errors -= countErrors(this.findings.get(callId));
    if (list.length === 0) this.findings.delete(callId);
    else this.findings.set(callId, list);
    this.errors += countErrors(list);
  }
}

const entrySizes = new WeakMap<TabEntry, number>();


function summary({ callIds: _ids, ...rest }: ReturnType<Inspector['sessions']>[number]): SessionSummary {
  return rest;
}

function countErrors(list: readonly Finding[] | undefined): number {
  let n = 0;
  for (const f of list ?? []) if (f.severity === 'error') n++;
  return n;
}

let faultReported = false;
function reportInspectorFault(error: unknown): void {
  if (faultReported) return;
  faultReported = true;
  console.error('Media Collection Inspector: the inspector failed; calls are still captured.', error);
}
