import type { PanelStore } from '../store.js';
import { CallList } from './CallList.js';
import { Details } from './Details.js';
import { SessionList } from './SessionList.js';
import { Timeline } from './Timeline.js';
import { Toolbar } from './Toolbar.js';

export function App({ store, onClear }: { store: PanelStore; onClear: () => void }) {
  const open = store.detailsOpen.value && store.selectedCall.value !== undefined;
  return (
    <main class="panel" onKeyDown={(e) => e.key === 'Escape' && (store.detailsOpen.value = false)}>
      <Toolbar store={store} onClear={onClear} />
      <div class="body">
        <SessionList store={store} />
        <div class="content">
          <Timeline store={store} />
          <div class={`list-and-details${open ? ' with-details' : ''}`}>
            <CallList store={store} />
            <Details store={store} />
          </div>
        </div>
      </div>
    </main>
  );
}
