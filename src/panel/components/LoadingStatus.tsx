import { formatCount } from '../format.js';
import type { PanelStore } from '../store.js';

/** While a large tab's older calls are still arriving, says how far along it is, so none look lost. */
export function LoadingStatus({ store }: { store: PanelStore }) {
  const progress = store.loading.value;
  if (!progress) return null;
  return (
    <span class="loading" role="status" data-loaded={progress.calls} data-total={progress.totalCalls}>
      Loading {formatCount(progress.calls)} of {formatCount(progress.totalCalls)} calls…
    </span>
  );
}
