import { memo } from 'preact/compat';
import type { Finding } from '../../core/finding.js';
import type { CallEntry } from '../../messaging/entry.js';
import type { MessageId } from '../../i18n/catalog.js';
import { countFindings, describeCounts, eventTypeText, statusText, summarizeCall } from '../call-summary.js';
import { formatClock, formatDelta } from '../format.js';
import { useTranslator } from '../i18n/use-translator.js';

interface Props {
  entry: CallEntry;
  findings: readonly Finding[] | undefined;
  /** The previous call's start, for the Δ column. */
  previousAt: number | undefined;
  rowIndex: number;
  selected: boolean;
  onSelect: (callId: string, open: boolean) => void;
}

/** One call. Everything shown is text: captured bodies and URLs are data, never markup. */
export const CallRow = memo(function CallRow({ entry, findings, previousAt, rowIndex, selected, onSelect }: Props) {
  const t = useTranslator();
  const summary = summarizeCall(entry);
  const counts = countFindings(findings);
  const total = findings?.length ?? 0;
  const { call } = entry;
  return (
    <tr
      class={`call status-${summary.status} status-class-${summary.statusClass}${rowIndex % 2 ? ' even' : ''}${selected ? ' selected' : ''}`}
      role="row"
      aria-rowindex={rowIndex + 2}
      aria-selected={selected}
      id={`row-${call.id}`}
      data-call-id={call.id}
      data-event-type={summary.eventType}
      data-status={summary.status}
      data-outcome-from={entry.outcomeFrom ?? ''}
      data-request-from={entry.requestFrom ?? ''}
      data-sid={summary.sid ?? ''}
      data-findings={total}
      data-errors={counts.error}
      data-rules={findings?.map((f) => f.rule).join(' ') ?? ''}
      title={call.url}
      onClick={() => onSelect(call.id, false)}
      onDblClick={() => onSelect(call.id, true)}
    >
      <td class="time" role="gridcell">{formatClock(t, call.startedAt)}</td>
      <td class="delta" role="gridcell">{previousAt === undefined ? '' : formatDelta(t, call.startedAt - previousAt)}</td>
      <td class="playhead" role="gridcell">{summary.playhead === undefined ? '' : String(summary.playhead)}</td>
      <td class="event" role="gridcell">{eventTypeText(t, summary.eventType)}</td>
      <td class="status" role="gridcell" title={summary.failure}>
        <StatusBadge status={summary.status} statusClass={summary.statusClass} withheld={summary.withheld} note={summary.outcomeNote} />
      </td>
      <td class="findings" role="gridcell" aria-label={total === 0 ? t.t('panel.count.no-findings') : describeCounts(t, counts)}>
        {total === 0 ? '' : <FindingIcons errors={counts.error} warnings={counts.warning} info={counts.info} />}
      </td>
    </tr>
  );
});

const STATUS_ICON: Record<string, string> = { ok: '✓', 'client-error': '✕', 'server-error': '✕', failed: '⚠', pending: '…', unanswered: '?', other: '•' };

/** `note`: where the outcome came from, or why there is none, when that is not the usual (call-summary.ts). */
export function StatusBadge({ status, statusClass, withheld, note }: { status: string; statusClass: string; withheld?: boolean; note?: MessageId | undefined }) {
  const t = useTranslator();
  const title = [withheld ? t.t('panel.status.withheld') : undefined, note ? t.t(note) : undefined].filter(Boolean).join('. ') || undefined;
  return (
    <span class={`status-badge ${statusClass}`} title={title}>
      <span aria-hidden="true">{STATUS_ICON[statusClass] ?? ''} </span>
      {statusText(t, status)}
    </span>
  );
}

/** Counts with a shape per severity, so nothing depends on colour alone. */
export function FindingIcons({ errors, warnings, info }: { errors: number; warnings: number; info: number }) {
  const t = useTranslator();
  return (
    <span class="finding-icons">
      {errors > 0 && (
        <span class="sev error" title={t.t('panel.count.errors', { count: errors })}>
          <span aria-hidden="true">✕</span> {t.number(errors)}
        </span>
      )}
      {warnings > 0 && (
        <span class="sev warning" title={t.t('panel.count.warnings', { count: warnings })}>
          <span aria-hidden="true">⚠</span> {t.number(warnings)}
        </span>
      )}
      {info > 0 && (
        <span class="sev info" title={t.t('panel.count.info', { count: info })}>
          <span aria-hidden="true">ℹ</span> {t.number(info)}
        </span>
      )}
    </span>
  );
}
