import { useMemo, useRef } from 'preact/hooks';
import type { SessionSummary } from '../../messaging/protocol.js';
import { useWidth } from '../layout/use-width.js';
import { sessionLabel } from '../session-label.js';
import type { PanelStore } from '../store.js';
import { groupMarks } from '../timeline-marks.js';
import { timelineModel } from '../timeline-model.js';
import { formatSpan } from '../format.js';
import { markText, spanText } from '../timeline-labels.js';
import { useTranslator } from '../i18n/use-translator.js';

const H = 16;
const MARK_GAP = 12;

interface Props {
  store: PanelStore;
  session: SessionSummary | undefined;
  /** False when the panel is too short for the lanes: the strip stays. */
  canUnfold: boolean;
  onUnfold(): void;
}

/**
 * The timeline folded to one line, for short panels: the session's playback, its ad breaks,
 * ads outside any break and its findings on one track, each mark still a way to its call.
 */
export function TimelineStrip({ store, session, canUnfold, onUnfold }: Props) {
  const t = useTranslator();
  return (
    <section
      class="timeline folded"
      aria-label={session ? t.t('panel.timeline.label-folded', { session: sessionLabel(t, session) }) : t.t('panel.timeline.label-folded-none')}
      data-session-key={session?.key ?? ''}
    >
      <button
        type="button"
        class="timeline-toggle"
        aria-expanded="false"
        disabled={!canUnfold}
        title={t.t(canUnfold ? 'panel.timeline.unfold' : 'panel.timeline.too-short')}
        onClick={onUnfold}
      >
        <span aria-hidden="true">▸</span> {t.t('panel.timeline.title')}
      </button>
      {!session ? (
        <span class="timeline-note">{t.t('panel.timeline.pick')}</span>
      ) : store.loading.value ? (
        <span class="timeline-note">{t.t('panel.timeline.pending-short')}</span>
      ) : (
        <Track store={store} session={session} />
      )}
    </section>
  );
}

function Track({ store, session }: { store: PanelStore; session: SessionSummary }) {
  const t = useTranslator();
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box, 600);
  const calls = store.callsOfSession(session.key);
  const findings = store.findings.value;
  const model = useMemo(() => timelineModel(calls, findings), [calls.length, findings, session]);
  const span = Math.max(1, model.end - model.start);
  const x = (at: number) => 6 + ((at - model.start) / span) * Math.max(1, width - 12);
  const pick = (callId: string) => store.select(callId, true);
  const selected = store.selectedCallId.value;
  return (
    <>
      <div class="timeline-track" ref={box}>
      <svg width={width} height={H} viewBox={`0 0 ${width} ${H}`} role="img" aria-label={t.t('panel.timeline.outside-count', { count: model.ads.filter((a) => a.outside).length })}>
        <rect class="lane" x={0} y={0} width={width} height={H} />
        {model.playback.map((s) => (
          <rect key={`p-${s.startCallId}`} class={`strip-playback ${s.kind}`} x={x(s.start)} y={6} width={Math.max(1, x(s.end) - x(s.start))} height={4} />
        ))}
        {model.adBreaks.map((s) => (
          <rect key={`b-${s.startCallId}`} class="strip-ad-break" x={x(s.start)} y={2} width={Math.max(2, x(s.end) - x(s.start))} height={H - 4} />
        ))}
        {model.ads
          .filter((s) => s.outside)
          .map((s) => (
            <g key={`a-${s.startCallId}`} class="mark ad outside" data-call-id={s.startCallId} data-kind="ad-outside" onClick={() => pick(s.startCallId)}>
              <rect x={x(s.start)} y={1} width={Math.max(8, x(s.end) - x(s.start))} height={H - 2} rx={2} />
              <title>{t.t('panel.timeline.outside', { label: spanText(t, s) })}</title>
            </g>
          ))}
        {groupMarks(model.findings, x, MARK_GAP).map((m) => (
          <g key={`f-${m.callId}`} class={`mark ${m.kind}`} data-call-id={m.callId} data-kind={m.kind} data-count={m.count} onClick={() => pick(m.callId)}>
            <circle cx={x(m.at)} cy={H / 2} r={5} />
            <title>{markText(t, m)}</title>
          </g>
        ))}
        {selected !== undefined && model.callTimes.has(selected) && (
          <line class="selected-marker" x1={x(model.callTimes.get(selected)!)} x2={x(model.callTimes.get(selected)!)} y1={0} y2={H} data-call-id={selected} />
        )}
      </svg>
      </div>
      <span class="timeline-span">{formatSpan(t, span)}</span>
    </>
  );
}
