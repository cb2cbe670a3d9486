import { batch, computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { CallFindings, Finding } from '../core/finding.js';
import { entryId, type CallEntry, type TabEntry } from '../messaging/entry.js';
import type { BackgroundToPanel, SessionSummary, SnapshotPart } from '../messaging/protocol.js';
import type { Handlers } from '../messaging/typed-port.js';
import { summarizeCall } from './call-summary.js';
import { EntryList } from './entry-list.js';
import { filterEntries, isFiltering, NO_FILTERS, type Filters } from './filters.js';
import type { ImportBatch } from './har-import/protocol.js';
import { isImportedId } from './har-import/imported-id.js';
import { MapView } from './map-view.js';
import { SessionSpans } from './session-spans.js';

/** A file opened in the panel, as its sessions are marked: its name, and whether its calls are still arriving. */
export interface ImportedSource {
  name: string;
  loading: boolean;
}

/** `closed`: the extension went away under the panel (reloaded, disabled); `tab-closed`: the inspected tab did. */
export type ConnectionState = 'connecting' | 'live' | 'reconnecting' | 'closed' | 'tab-closed';

export interface LoadingProgress {
  calls: number;
  totalCalls: number;
}

/**
 * The panel's state: what the background sent over the port, and what the user picked. Nothing
 * here validates traffic; the derived lists only filter and group what arrived.
 */
export interface PanelStore {
  connection: ReadonlySignal<ConnectionState>;
  /** The tab's entries in list order. */
  entries: ReadonlySignal<TabEntry[]>;
  findings: ReadonlySignal<ReadonlyMap<string, readonly Finding[]>>;
  sessions: ReadonlySignal<ReadonlyMap<string, SessionSummary>>;
  /** Call id → session key. */
  callSessions: ReadonlySignal<ReadonlyMap<string, string>>;
  dropped: ReadonlySignal<number>;
  /** When the extension was last reloaded or updated, which emptied what it had captured (epoch ms). */
  reloadedAt: ReadonlySignal<number | undefined>;
  /** How many of the entries are calls. */
  callCount: ReadonlySignal<number>;
  /** While a snapshot's later parts are still arriving: how many of its calls are here so far. */
  loading: ReadonlySignal<LoadingProgress | undefined>;
  /** How many snapshots arrived; above 1 means the panel reconnected. */
  connections: ReadonlySignal<number>;

  filters: Signal<Filters>;
  /** Keep what the panel holds when the background clears the tab or resyncs. */
  preserveLog: Signal<boolean>;
  selectedCallId: Signal<string | undefined>;
  detailsOpen: Signal<boolean>;
  /** Import prefix (`har1:`) → the file it came from, for each file opened in the panel. */
  importedFiles: Signal<ReadonlyMap<string, ImportedSource>>;

  /** The entries the list shows, after the filters. */
  visible: ReadonlySignal<TabEntry[]>;
  /** How many calls the list shows. */
  shownCount: ReadonlySignal<number>;
  /** Sessions in the order they began. */
  sessionList: ReadonlySignal<SessionSummary[]>;
  eventTypes: ReadonlySignal<string[]>;
  selectedCall: ReadonlySignal<CallEntry | undefined>;
  /** The session the timeline draws: the picked one, else the selected call's. */
  timelineSession: ReadonlySignal<SessionSummary | undefined>;
  /** The calls of one session, in list order. */
  callsOfSession(key: string): CallEntry[];
  /** A session's length: the span of its calls' player times, kept as they arrive (see SessionSpans). */
  sessionDuration(key: string): number;

  setConnection(state: ConnectionState): void;
  setFilter<K extends keyof Filters>(key: K, value: Filters[K]): void;
  /** Moves the selection by `delta` rows of the visible list. */
  moveSelection(delta: number): void;
  select(callId: string | undefined, open?: boolean): void;
  /** Adds what an imported file's worker sent, one batch or several in order: calls, findings and sessions, all behind its prefix. */
  applyImport(batches: readonly ImportBatch[]): void;
  /** Takes out every call and session of one imported file (its prefix, `har2:`). */
  removeImported(prefix: string): void;
  /**
   * What the background sends. `snapshot` (without preserve log) and `cleared` replace the live
   * capture only: imported files stay until the user removes them.
   */
  handlers: Handlers<BackgroundToPanel>;
}

export function createPanelStore(): PanelStore {
  const connection = signal<ConnectionState>('connecting');
  // The stores change these in place and publish a new list, or a new view of the map, per
  // change (see MapView): a message costs what it carries, not the size of the tab.
  const list = new EntryList();
  const findingsMap = new Map<string, readonly Finding[]>();
  const sessionsMap = new Map<string, SessionSummary>();
  const callSessionsMap = new Map<string, string>();
  const types = new Set<string>();
  const spans = new SessionSpans();
  const entries = signal<TabEntry[]>([]);
  const findings = signal<ReadonlyMap<string, readonly Finding[]>>(new MapView(findingsMap));
  const sessions = signal<ReadonlyMap<string, SessionSummary>>(new MapView(sessionsMap));
  const callSessions = signal<ReadonlyMap<string, string>>(new MapView(callSessionsMap));
  const eventTypes = signal<string[]>([]);
  const callCount = signal(0);
  const loading = signal<LoadingProgress | undefined>(undefined);
  /** Entries the current snapshot still has to send. */
  let awaited = 0;
  const dropped = signal(0);
  const reloadedAt = signal<number | undefined>(undefined);
  const connections = signal(0);
  const filters = signal<Filters>(NO_FILTERS);
  const preserveLog = signal(false);
  const selectedCallId = signal<string | undefined>(undefined);
  const detailsOpen = signal(false);
  const importedFiles = signal<ReadonlyMap<string, ImportedSource>>(new Map());

  const visible = computed(() => filterEntries(entries.value, filters.value, { findings: findings.value, callSessions: callSessions.value }));
  const selectedCall = computed(() => {
    const id = selectedCallId.value;
    entries.value; // read so this follows changes to the list
    const e = id === undefined ? undefined : list.get(id);
    return e?.kind === 'call' ? e : undefined;
  });

  /** Every session's calls in list order, grouped in one pass for the session list and the timeline. */
  const callsBySession = computed(() => {
    const groups = new Map<string, CallEntry[]>();
    const links = callSessions.value;
    for (const e of entries.value) {
      const key = e.kind === 'call' ? links.get(e.call.id) : undefined;
      if (key === undefined) continue;
      const group = groups.get(key);
      if (group) group.push(e as CallEntry);
      else groups.set(key, [e as CallEntry]);
    }
    return groups;
  });

  /** The sessions' spans measured again from every call of the list (see SessionSpans). */
  const respan = () =>
    spans.reset(
      (function* () {
        for (const e of list.toArray()) {
          const key = e.kind === 'call' ? callSessionsMap.get(e.call.id) : undefined;
          if (key !== undefined) yield [key, e as CallEntry] as const;
        }
      })(),
    );
  const publishEntries = () => {
    entries.value = list.toArray();
    callCount.value = list.callCount;
  };
  /** Event types are collected as calls arrive; the picker's list changes only when a new one appears. */
  const noteTypes = (batch: readonly TabEntry[]) => {
    const before = types.size;
    for (const e of batch) if (e.kind === 'call') types.add(summarizeCall(e).eventType);
    if (types.size !== before) eventTypes.value = [...types].sort();
  };
  const retypeAll = () => {
    types.clear();
    eventTypes.value = [];
    noteTypes(entries.value);
  };
  const upsert = (batch: readonly TabEntry[]) => {
    const known = batch.map((e) => list.get(entryId(e)));
    list.upsert(batch);
    let retimed = false;
    batch.forEach((e, i) => {
      if (e.kind !== 'call') return;
      const key = callSessionsMap.get(e.call.id);
      // Several versions of a call in one message: the one the list kept counts.
      if (key === undefined || list.get(e.call.id) !== e) return;
      const before = known[i];
      if (before?.kind === 'call' && summarizeCall(before).playerTime !== summarizeCall(e).playerTime) retimed = true;
      else spans.add(key, e);
    });
    if (retimed) respan();
    noteTypes(batch);
    publishEntries();
  };
  const replaceFindings = (changed: readonly CallFindings[]) => {
    for (const c of changed) {
      if (c.findings.length === 0) findingsMap.delete(c.callId);
      else findingsMap.set(c.callId, c.findings);
    }
    findings.value = new MapView(findingsMap);
  };
  const mergeSessions = (views: readonly SessionSummary[]) => {
    for (const view of views) sessionsMap.set(view.key, view);
    sessions.value = new MapView(sessionsMap);
  };
  /**
   * Each link is kept between the call's own id and its session's own key, the strings the list
   * and the sessions hold: a message brings a copy of both per call, and 80,000 copies of a
   * 70-character key would stay for nothing, and make every look-up compare text, not pointers.
   */
  const linkCalls = (links: Record<string, string>) => {
    let moved = false;
    for (const id in links) {
      const key = sessionsMap.get(links[id]!)?.key ?? links[id]!;
      const entry = list.get(id);
      const before = callSessionsMap.get(id);
      callSessionsMap.set(entry ? entryId(entry) : id, key);
      if (before !== undefined && before !== key) moved = true;
      else if (entry?.kind === 'call') spans.add(key, entry);
    }
    if (moved) respan();
    callSessions.value = new MapView(callSessionsMap);
  };
  /** A snapshot's parts come one after another, before any live message (the port keeps order). */
  const addPart = (part: SnapshotPart) => {
    upsert(part.entries);
    replaceFindings(part.findings);
    linkCalls(part.callSessions);
    awaited -= part.entries.length;
    const current = loading.value;
    if (!current) return;
    if (awaited <= 0) {
      loading.value = undefined;
      if (selectedCallId.value !== undefined && !list.has(selectedCallId.value)) store.select(undefined, false);
    } else {
      loading.value = { ...current, calls: current.calls + part.entries.filter((e) => e.kind === 'call').length };
    }
  };
  /** Drops every entry, finding and session whose id fails `keep`, and publishes what is left. */
  const keepOnly = (keep: (id: string) => boolean) => {
    list.remove(list.toArray().map(entryId).filter((id) => !keep(id)));
    for (const map of [findingsMap, sessionsMap, callSessionsMap]) for (const id of [...map.keys()]) if (!keep(id)) map.delete(id);
    respan();
    publishEntries();
    retypeAll();
    findings.value = new MapView(findingsMap);
    sessions.value = new MapView(sessionsMap);
    callSessions.value = new MapView(callSessionsMap);
  };
  /** Unpicks the selected call and the picked session when they are gone. */
  const forgetPicksUnless = (keep: (id: string) => boolean) => {
    if (selectedCallId.value !== undefined && !keep(selectedCallId.value)) {
      selectedCallId.value = undefined;
      detailsOpen.value = false;
    }
    if (filters.value.session !== '' && !keep(filters.value.session)) filters.value = { ...filters.value, session: '' };
  };
  const emptyAll = () => {
    keepOnly(isImportedId);
    forgetPicksUnless(isImportedId);
    dropped.value = 0;
    loading.value = undefined;
    awaited = 0;
  };

  const store: PanelStore = {
    connection,
    entries,
    findings,
    sessions,
    callSessions,
    dropped,
    reloadedAt,
    callCount,
    loading,
    connections,
    filters,
    preserveLog,
    selectedCallId,
    detailsOpen,
    importedFiles,
    visible,
    shownCount: computed(() => (isFiltering(filters.value) ? visible.value.reduce((n, e) => n + (e.kind === 'call' ? 1 : 0), 0) : callCount.value)),
    sessionList: computed(() => [...sessions.value.values()].sort((a, b) => a.firstStartedAt - b.firstStartedAt || (a.key < b.key ? -1 : 1))),
    eventTypes,
    selectedCall,
    timelineSession: computed(() => {
      const picked = filters.value.session;
      const key = picked !== '' ? picked : selectedCallId.value !== undefined ? callSessions.value.get(selectedCallId.value) : undefined;
      if (key !== undefined) return sessions.value.get(key);
      // Nothing picked: the only session, when there is one.
      return sessions.value.size === 1 ? [...sessions.value.values()][0] : undefined;
    }),
    callsOfSession: (key) => callsBySession.value.get(key) ?? [],
    sessionDuration: (key) => {
      // Read so that the session list follows what changes the spans: the list and the links.
      callSessions.value;
      entries.value;
      return spans.durationOf(key);
    },
    setConnection: (state) => (connection.value = state),
    setFilter: (key, value) => (filters.value = { ...filters.value, [key]: value }),
    moveSelection: (delta) => {
      const calls = visible.value.filter((e): e is CallEntry => e.kind === 'call');
      if (calls.length === 0) return;
      const at = calls.findIndex((e) => e.call.id === selectedCallId.value);
      const next = at < 0 ? (delta > 0 ? 0 : calls.length - 1) : Math.max(0, Math.min(calls.length - 1, at + delta));
      selectedCallId.value = calls[next]!.call.id;
    },
    select: (callId, open) =>
      batch(() => {
        selectedCallId.value = callId;
        if (open !== undefined) detailsOpen.value = open && callId !== undefined;
      }),
    applyImport: (batches) =>
      batch(() => {
        // Several batches cost one pass over the list; findings and sessions in order, the later winning.
        upsert(batches.length === 1 ? batches[0]!.entries : batches.flatMap((b) => b.entries));
        for (const b of batches) {
          replaceFindings(b.findings);
          mergeSessions(b.sessions);
          linkCalls(b.callSessions);
        }
      }),
    removeImported: (prefix) =>
      batch(() => {
        const keep = (id: string) => !id.startsWith(prefix);
        keepOnly(keep);
        forgetPicksUnless(keep);
      }),
    handlers: {
      snapshot: (s) =>
        batch(() => {
          const keep = preserveLog.value;
          if (!keep) keepOnly(isImportedId);
          mergeSessions(s.sessions);
          dropped.value = s.dropped;
          reloadedAt.value = s.reloadedAt;
          connection.value = 'live';
          connections.value += 1;
          awaited = s.totalEntries;
          loading.value = { calls: 0, totalCalls: s.totalCalls };
          addPart(s);
        }),
      snapshotPart: addPart,
      entries: (batch) => upsert(batch),
      findings: (changed) => replaceFindings(changed),
      sessions: (u) =>
        batch(() => {
          mergeSessions(u.sessions);
          linkCalls(u.callSessions);
        }),
      dropped: ({ count, ids }) =>
        batch(() => {
          list.remove(ids);
          respan();
          publishEntries();
          retypeAll();
          replaceFindings(ids.map((callId) => ({ callId, findings: [] })));
          dropped.value = count;
        }),
      cleared: () => {
        if (!preserveLog.value) batch(emptyAll);
      },
      // What the panel shows stays: the user may still want to read the calls of a page that closed.
      tabClosed: () => (connection.value = 'tab-closed'),
    },
  };
  return store;
}

/** The user pressed Clear: empties the panel even with preserve-log on (the background clears too). */
export function clearPanel(store: PanelStore): void {
  const keep = store.preserveLog.value;
  store.preserveLog.value = false;
  store.handlers.cleared?.({});
  store.preserveLog.value = keep;
}
