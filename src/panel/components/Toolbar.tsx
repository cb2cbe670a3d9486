import type { PanelStore } from '../store.js';

const CONNECTION_LABEL = {
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
  closed: 'Disconnected: reopen DevTools',
} as const;

export function Toolbar({ store, onClear }: { store: PanelStore; onClear: () => void }) {
  const calls = store.entries.value.filter((e) => e.kind === 'call').length;
  const dropped = store.dropped.value;
  return (
    <header class="toolbar">
      <button type="button" onClick={onClear}>
        Clear
      </button>
      <span class="count" data-calls={calls}>
        {calls} {calls === 1 ? 'call' : 'calls'}
      </span>
      {dropped > 0 && (
        <span class="dropped" data-dropped={dropped} title="The extension's session storage was full: the oldest calls were dropped.">
          {dropped} oldest dropped (storage full)
        </span>
      )}
      <span class={`connection ${store.connection.value}`} data-connection={store.connection.value} data-connections={store.connections.value}>
        {CONNECTION_LABEL[store.connection.value]}
      </span>
    </header>
  );
}
