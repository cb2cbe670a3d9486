import type { PanelStore } from '../store.js';
import { useTranslator } from '../i18n/use-translator.js';

/** While a large tab's older calls are still arriving, says how far along it is, so none look lost. */
export function LoadingStatus({ store }: { store: PanelStore }) {
  const t = useTranslator();
  const progress = store.loading.value;
  if (!progress) return null;
  return (
    <span class="loading" role="status" data-loaded={progress.calls} data-total={progress.totalCalls}>
      {t.t('panel.toolbar.loading', { loaded: progress.calls, count: progress.totalCalls })}
    </span>
  );
}
