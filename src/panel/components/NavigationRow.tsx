import type { NavigationEntry } from '../../messaging/entry.js';

/** Where the tab loaded a new page: the calls above it came from the previous page. */
export function NavigationRow({ entry }: { entry: NavigationEntry }) {
  return (
    <tr class="navigation" role="row" data-navigation-url={entry.url}>
      <td colSpan={6} role="gridcell">Navigated to {entry.url}</td>
    </tr>
  );
}
