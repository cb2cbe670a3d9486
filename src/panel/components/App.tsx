import type { PanelStore } from '../store.js';
import { CallTable } from './CallTable.js';
import { Toolbar } from './Toolbar.js';

export function App({ store, onClear }: { store: PanelStore; onClear: () => void }) {
  return (
    <main class="panel">
      <Toolbar store={store} onClear={onClear} />
      <CallTable entries={store.entries.value} findings={store.findings.value} />
    </main>
  );
}
