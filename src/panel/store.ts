import { batch, computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { Finding } from '../core/finding.js';
import type { CallEntry, TabEntry } from '../messaging/entry.js';
import type { BackgroundToPanel, SessionSummary, SnapshotPart } from '../messaging/protocol.js';
import type { Handlers } from '../messaging/typed-port.js';
import { filterEntries, isFiltering, NO_FILTERS, type Filters } from './filters.js';
import { isImportedId } from './har-import/imported-id.js';
import { createImportedData, type ImportedData } from './imported-data.js';
import { MapView } from './map-view.js';
import { TabCollections } from './tab-collections.js';

export type { ImportedSource } from './imported-data.js';

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
export interface PanelStore extends ImportedData {
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
  /** When the tab's calls were last cleared, here or in another panel (ms since the epoch); 0 if never. */
  clearedAt: ReadonlySignal<number>;

  filters: Signal<Filters>;
  /** Keep what the panel holds when the background clears the tab or resyncs. */
  preserveLog: Signal<boolean>;
  selectedCallId: Signal<string | undefined>;
  detailsOpen: Signal<boolean>;

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
  /** A session's length: the span of its calls' player times, kept as they arrive (see ListSpans). */
  sessionDuration(key: string): number;

  setConnection(state: ConnectionState): void;
  setFilter<K extends keyof Filters>(key: K, value: Filters[K]): void;
  /** Moves the selection by `delta` rows of the visible list. */
  moveSelection(delta: number): void;
  select(callId: string | undefined, open?: boolean): void;
  /**
   * What the background sends. `snapshot` (without preserve log) and `cleared` replace the live
   * capture only: imported files stay until the user removes them.
   */
  handlers: Handlers<BackgroundToPanel>;
}

export function createPanelStore(): PanelStore {
  const connection = signal<ConnectionState>('connecting');
  // The collections change in place; each publication is a new list, or a new view of a map
  // (see MapView): a message costs what it carries, not the size of the tab.
  const data = new TabCollections();
  const { list } = data;
  const entries = signal<TabEntry[]>([]);
  const findings = signal<ReadonlyMap<string, readonly Finding[]>>(new MapView(data.findings));
  const sessions = signal<ReadonlyMap<string, SessionSummary>>(new MapView(data.sessions));
  const callSessions = signal<ReadonlyMap<string, string>>(new MapView(data.callSessions));
  const eventTypes = signal<string[]>([]);
  const callCount = signal(0);
  const loading = signal<LoadingProgress | undefined>(undefined);
  /** Entries the current snapshot still has to send. */
  let awaited = 0;
  const dropped = signal(0);
  const reloadedAt = signal<number | undefined>(undefined);
  const connections = signal(0);
  const clearedAt = signal(0);
  const filters = signal<Filters>(NO_FILTERS);
  const preserveLog = signal(false);
  const selectedCallId = signal<string | undefined>(undefined);
  const detailsOpen = signal(false);

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

  /** Hands what changed in the collections to the signals, at once. */
  const publish = () => {
    const changed = data.takeChanges();
    batch(() => {
      if (changed.entries) {
        entries.value = list.toArray();
        callCount.value = list.callCount;
      }
      if (changed.types) eventTypes.value = data.eventTypes();
      if (changed.findings) findings.value = new MapView(data.findings);
      if (changed.sessions) sessions.value = new MapView(data.sessions);
      if (changed.links) callSessions.value = new MapView(data.callSessions);
    });
  };
  /** A snapshot's parts come one after another, before any live message (the port keeps order). */
  const addPart = (part: SnapshotPart) => {
    data.upsert(part.entries);
    data.replaceFindings(part.findings);
    data.linkCalls(part.callSessions);
    publish();
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
  /** Unpicks the selected call and the picked session when they are gone. */
  const forgetPicksUnless = (keep: (id: string) => boolean) => {
    if (selectedCallId.value !== undefined && !keep(selectedCallId.value)) {
      selectedCallId.value = undefined;
      detailsOpen.value = false;
    }
    if (filters.value.session !== '' && !keep(filters.value.session)) filters.value = { ...filters.value, session: '' };
  };
  /** Live capture goes; imported files stay until the user removes them. */
  const keepImported = () => {
    data.keepOnly(isImportedId);
    publish();
  };
  const emptyAll = () => {
    keepImported();
    forgetPicksUnless(isImportedId);
    dropped.value = 0;
    loading.value = undefined;
    awaited = 0;
  };
  const imported = createImportedData(data, publish, forgetPicksUnless);

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
    clearedAt,
    filters,
    preserveLog,
    selectedCallId,
    detailsOpen,
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
      return data.spans.durationOf(key);
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
    ...imported,
    handlers: {
      snapshot: (s) =>
        batch(() => {
          if (!preserveLog.value) keepImported();
          data.mergeSessions(s.sessions);
          dropped.value = s.dropped;
          reloadedAt.value = s.reloadedAt;
          connection.value = 'live';
          connections.value += 1;
          awaited = s.totalEntries;
          loading.value = { calls: 0, totalCalls: s.totalCalls };
          addPart(s);
        }),
      snapshotPart: addPart,
      entries: (batch) => {
        data.upsert(batch);
        publish();
      },
      findings: (changed) => {
        data.replaceFindings(changed);
        publish();
      },
      sessions: (u) => {
        // Sessions kept from earlier pages (preserve log) and from files are not the tab's to replace.
        if (u.whole && !preserveLog.value) data.dropSessionsBut(u.sessions, isImportedId);
        data.mergeSessions(u.sessions);
        data.linkCalls(u.callSessions);
        publish();
      },
      dropped: ({ count, ids }) =>
        batch(() => {
          data.remove(ids);
          publish();
          dropped.value = count;
        }),
      cleared: () => {
        clearedAt.value = Date.now();
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
