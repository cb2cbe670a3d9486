import type { NavigationEntry } from '../../messaging/entry.js';
import { useTranslator } from '../i18n/use-translator.js';

/** Where the tab loaded a new page: the calls above it came from the previous page. */
export function NavigationRow({ entry }: { entry: NavigationEntry }) {
  const t = useTranslator();
  return (
    <tr class="navigation" role="row" data-navigation-url={entry.url}>
      <td colSpan={6} role="gridcell">{t.t('panel.calls.navigated', { url: entry.url })}</td>
    </tr>
  );
}
