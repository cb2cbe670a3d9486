import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import type { CallFindings, Finding } from '../core/finding.js';
import { compareEntries, entryId, type TabEntry } from '../messaging/entry.js';
import type { BackgroundToPanel } from '../messaging/protocol.js';
import type { Handlers } from '../messaging/typed-port.js';

export type ConnectionState = 'connecting' | 'live' | 'reconnecting' | 'closed';

/** The panel's state: what the background sent over the port, nothing computed from traffic here. */
export interface PanelStore {
  connection: ReadonlySignal<ConnectionState>;
  /** The tab's entries in list order. */
  entries: ReadonlySignal<TabEntry[]>;
  findings: ReadonlySignal<ReadonlyMap<string, readonly Finding[]>>;
  dropped: ReadonlySignal<number>;
  /** How many snapshots arrived; above 1 means the panel reconnected. */
  connections: ReadonlySignal<number>;
  setConnection(state: ConnectionState): void;
  handlers: Handlers<BackgroundToPanel>;
}

export function createPanelStore(): PanelStore {
  const connection = signal<ConnectionState>('connecting');
  const byId = signal<ReadonlyMap<string, TabEntry>>(new Map());
  const findings = signal<ReadonlyMap<string, readonly Finding[]>>(new Map());
  const dropped = signal(0);
  const connections = signal(0);

  const upsert = (entries: TabEntry[]) => {
    const next = new Map(byId.value);
    for (const e of entries) next.set(entryId(e), e);
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

  return {
    connection,
    entries: computed(() => [...byId.value.values()].sort(compareEntries)),
    findings,
    dropped,
    connections,
    setConnection: (state) => (connection.value = state),
    handlers: {
      snapshot: (s) =>
        batch(() => {
          byId.value = new Map(s.entries.map((e) => [entryId(e), e]));
          replaceFindings(s.findings, new Map());
          dropped.value = s.dropped;
          connection.value = 'live';
          connections.value += 1;
        }),
      entries: upsert,
      findings: (changed) => replaceFindings(changed),
      dropped: ({ count, ids }) =>
        batch(() => {
          const next = new Map(byId.value);
          for (const id of ids) next.delete(id);
          byId.value = next;
          replaceFindings(ids.map((callId) => ({ callId, findings: [] })));
          dropped.value = count;
        }),
      cleared: () =>
        batch(() => {
          byId.value = new Map();
          findings.value = new Map();
          dropped.value = 0;
        }),
    },
  };
}
