import { memo } from 'preact/compat';
import type { Finding } from '../../core/finding.js';
import type { CallEntry } from '../../messaging/entry.js';
import { countFindings, summarizeCall, type FindingCounts } from '../call-summary.js';

interface Props {
  entry: CallEntry;
  findings: readonly Finding[] | undefined;
}

/** One call. Everything shown is text: captured bodies and URLs are data, never markup. */
export const CallRow = memo(function CallRow({ entry, findings }: Props) {
  const summary = summarizeCall(entry);
  const counts = countFindings(findings);
  const total = findings?.length ?? 0;
  return (
    <tr
      class={`call status-${summary.status}`}
      data-call-id={entry.call.id}
      data-event-type={summary.eventType}
      data-status={summary.status}
      data-sid={summary.sid ?? ''}
      data-findings={total}
      data-errors={counts.error}
      title={entry.call.url}
    >
      <td class="event">{summary.eventType}</td>
      <td class="status" title={summary.failure}>
        {summary.status}
      </td>
      <td class="sid">{summary.sid ?? '—'}</td>
      <td class="findings">{total === 0 ? '—' : describeCounts(counts)}</td>
    </tr>
  );
});

function describeCounts(counts: FindingCounts): string {
  const parts = [
    counts.error > 0 && `${counts.error} ${counts.error === 1 ? 'error' : 'errors'}`,
    counts.warning > 0 && `${counts.warning} ${counts.warning === 1 ? 'warning' : 'warnings'}`,
    counts.info > 0 && `${counts.info} info`,
  ];
  return parts.filter(Boolean).join(', ');
}
