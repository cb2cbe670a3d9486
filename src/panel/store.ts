import { batch, computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { CallFindings, Finding } from '../core/finding.js';
import { compareEntries, entryId, type CallEntry, type TabEntry } from '../messaging/entry.js';
import type { BackgroundToPanel, SessionSummary, SessionsUpdate } from '../messaging/protocol.js';
import type { Handlers } from '../messaging/typed-port.js';
import { eventTypesOf, filterEntries, NO_FILTERS, type Filters } from './filters.js';

export type ConnectionState = 'connecting' | 'live' | 'reconnecting' | 'closed';

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
  /** How many snapshots arrived; above 1 means the panel reconnected. */
  connections: ReadonlySignal<number>;

  filters: Signal<Filters>;
  /** Keep what the panel holds when the background clears the tab or resyncs. */
  preserveLog: Signal<boolean>;
  selectedCallId: Signal<string | undefined>;
  detailsOpen: Signal<boolean>;

  /** The entries the list shows, after the filters. */
  visible: ReadonlySignal<TabEntry[]>;
  /** Sessions in the order they began. */
  sessionList: ReadonlySignal<SessionSummary[]>;
  eventTypes: ReadonlySignal<string[]>;
  selectedCall: ReadonlySignal<CallEntry | undefined>;
  /** The session the timeline draws: the picked one, else the selected call's. */
  timelineSession: ReadonlySignal<SessionSummary | undefined>;
  /** The calls of one session, in list order. */
  callsOfSession(key: string): CallEntry[];

  setConnection(state: ConnectionState): void;
  setFilter<K extends keyof Filters>(key: K, value: Filters[K]): void;
  /** Moves the selection by `delta` rows of the visible list. */
  moveSelection(delta: number): void;
  select(callId: string | undefined, open?: boolean): void;
  handlers: Handlers<BackgroundToPanel>;
}

export function createPanelStore(): PanelStore {
  const connection = signal<ConnectionState>('connecting');
  const byId = signal<ReadonlyMap<string, TabEntry>>(new Map());
  const findings = signal<ReadonlyMap<string, readonly Finding[]>>(new Map());
  const sessions = signal<ReadonlyMap<string, SessionSummary>>(new Map());
  const callSessions = signal<ReadonlyMap<string, string>>(new Map());
  const dropped = signal(0);
  const connections = signal(0);
  const filters = signal<Filters>(NO_FILTERS);
  const preserveLog = signal(false);
  const selectedCallId = signal<string | undefined>(undefined);
  const detailsOpen = signal(false);

  const entries = computed(() => [...byId.value.values()].sort(compareEntries));
  const visible = computed(() => filterEntries(entries.value, filters.value, { findings: findings.value, callSessions: callSessions.value }));
  const selectedCall = computed(() => {
    const id = selectedCallId.value;
    const e = id === undefined ? undefined : byId.value.get(id);
    return e?.kind === 'call' ? e : undefined;
  });

  const upsert = (list: TabEntry[]) => {
    const next = new Map(byId.value);
    for (const e of list) next.set(entryId(e), e);
    byId.value = next;
  };
  const replaceFindings = (changed: CallFindings[], base = findings.value) => {
    const next = new Map(base);
    for (const c of changed) {
      if (c.findings.length === 0) next.delete(c.callId);
      else next.set(c.callId, c.findings);
    }
    findings.value = next;
  };
  const mergeSessions = (u: SessionsUpdate, keep: boolean) => {
    const s = new Map(keep ? sessions.value : []);
    for (const view of u.sessions) s.set(view.key, view);
    sessions.value = s;
    const c = new Map(keep ? callSessions.value : []);
    for (const [id, key] of Object.entries(u.callSessions)) c.set(id, key);
    callSessions.value = c;
  };
  const emptyAll = () => {
    byId.value = new Map();
    findings.value = new Map();
    sessions.value = new Map();
    callSessions.value = new Map();
    dropped.value = 0;
    selectedCallId.value = undefined;
    detailsOpen.value = false;
  };

  const store: PanelStore = {
    connection,
    entries,
    findings,
    sessions,
    callSessions,
    dropped,
    connections,
    filters,
    preserveLog,
    selectedCallId,
    detailsOpen,
    visible,
    sessionList: computed(() => [...sessions.value.values()].sort((a, b) => a.firstStartedAt - b.firstStartedAt || (a.key < b.key ? -1 : 1))),
    eventTypes: computed(() => eventTypesOf(entries.value)),
    selectedCall,
    timelineSession: computed(() => {
      const picked = filters.value.session;
      const key = picked !== '' ? picked : selectedCallId.value !== undefined ? callSessions.value.get(selectedCallId.value) : undefined;
      if (key !== undefined) return sessions.value.get(key);
      // Nothing picked: the only session, when there is one.
      return sessions.value.size === 1 ? [...sessions.value.values()][0] : undefined;
    }),
    callsOfSession: (key) =>
      entries.value.filter((e): e is CallEntry => e.kind === 'call' && callSessions.value.get(e.call.id) === key),
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
    handlers: {
      snapshot: (s) =>
        batch(() => {
          const keep = preserveLog.value;
          const next = new Map(keep ? byId.value : []);
          for (const e of s.entries) next.set(entryId(e), e);
          byId.value = next;
          replaceFindings(s.findings, keep ? findings.value : new Map());
          mergeSessions(s, keep);
          dropped.value = s.dropped;
          connection.value = 'live';
          connections.value += 1;
          if (selectedCallId.value !== undefined && !next.has(selectedCallId.value)) store.select(undefined, false);
        }),
      entries: upsert,
      findings: (changed) => replaceFindings(changed),
      sessions: (u) => mergeSessions(u, true),
      dropped: ({ count, ids }) =>
        batch(() => {
          const next = new Map(byId.value);
          for (const id of ids) next.delete(id);
          byId.value = next;
          replaceFindings(ids.map((callId) => ({ callId, findings: [] })));
          dropped.value = count;
        }),
      cleared: () => {
        if (!preserveLog.value) batch(emptyAll);
      },
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
