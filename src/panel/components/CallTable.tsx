import type { Finding } from '../../core/finding.js';
import { entryId, type TabEntry } from '../../messaging/entry.js';
import { CallRow } from './CallRow.js';
import { NavigationRow } from './NavigationRow.js';

interface Props {
  entries: TabEntry[];
  findings: ReadonlyMap<string, readonly Finding[]>;
}

export function CallTable({ entries, findings }: Props) {
  if (entries.length === 0) {
    return <p class="empty">No Media Collection API calls in this tab yet. Calls are captured whether or not DevTools is open.</p>;
  }
  return (
    <table class="calls">
      <thead>
        <tr>
          <th>Event</th>
          <th>Status</th>
          <th>Session</th>
          <th>Findings</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) =>
          entry.kind === 'call' ? (
            <CallRow key={entryId(entry)} entry={entry} findings={findings.get(entry.call.id)} />
          ) : (
            <NavigationRow key={entry.id} entry={entry} />
          ),
        )}
      </tbody>
    </table>
  );
}
