import { useMemo, useRef } from 'preact/hooks';
import type { SessionSummary } from '../../messaging/protocol.js';
import { fitLabel } from '../layout/label-fit.js';
import type { LayoutStore } from '../layout/layout-store.js';
import { measureTimelineText } from '../layout/measure-text.js';
import { useWidth } from '../layout/use-width.js';
import { sessionLabel } from '../session-label.js';
import type { PanelStore } from '../store.js';
import { groupMarks, type MarkGroup } from '../timeline-marks.js';
import { timelineModel, type Span, type TimelineModel } from '../timeline-model.js';
import { TimelineStrip } from './TimelineStrip.js';
import { formatSpan } from '../format.js';
import { LANES, markText, spanText } from '../timeline-labels.js';
import { useTranslator } from '../i18n/use-translator.js';

/** The narrowest the lane labels' column is, px; longer names in a language widen it. */
const MIN_LABEL_W = 62;
const RIGHT_PAD = 8;
const LANE_H = 18;
const LANES_HEIGHT = 16 + LANES.length * (LANE_H + 4) + 4;
/** Closest two marks of a lane may be, px: a finding's circle is 12 wide. */
const PING_GAP = 3;
const MARK_GAP = 14;

/**
 * The selected session drawn over time, laid out in CSS pixels for the width it has (never
 * scaled, so its 11 px text stays 11 px): folded to a one-line strip, or its lanes at the height
 * the layout gives them. Labels are SVG text nodes; nothing captured becomes markup.
 */
export function Timeline({ store, layout }: { store: PanelStore; layout: LayoutStore }) {
  const t = useTranslator();
  const session = store.timelineSession.value;
  const place = layout.arrangement.value.timeline;
  if (!session && store.sessionList.value.length === 0) return null;
  if (place.folded) return <TimelineStrip store={store} session={session} canUnfold={place.canUnfold} onUnfold={layout.toggleTimeline} />;
  const fold = (
    <button type="button" class="timeline-toggle" aria-expanded="true" title={t.t('panel.timeline.fold')} onClick={layout.toggleTimeline}>
      <span aria-hidden="true">▾</span> {t.t('panel.timeline.title')}
    </button>
  );
  if (!session) {
    return (
      <div class="timeline-hint">
        {fold} {t.t('panel.timeline.pick')}
      </div>
    );
  }
  if (store.loading.value) {
    // Drawn once, when every call is here; the space is kept so the list does not jump then.
    return (
      <section class="timeline pending" style={{ height: `${place.height}px` }}>
        {fold}
        <p class="timeline-hint">{t.t('panel.timeline.pending')}</p>
      </section>
    );
  }
  return (
    <section class="timeline" style={{ height: `${place.height}px` }} aria-label={t.t('panel.timeline.label', { session: sessionLabel(t, session) })} data-session-key={session.key}>
      {fold}
      <SessionTimeline store={store} session={session} />
    </section>
  );
}

function SessionTimeline({ store, session }: { store: PanelStore; session: SessionSummary }) {
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box, 1000);
  const calls = store.callsOfSession(session.key);
  const findings = store.findings.value;
  const model = useMemo(() => timelineModel(calls, findings), [calls.length, findings, session]);
  return (
    <div class="timeline-lanes" ref={box}>
      <Lanes store={store} session={session} model={model} width={width} />
    </div>
  );
}

function Lanes({ store, session, model, width }: { store: PanelStore; session: SessionSummary; model: TimelineModel; width: number }) {
  const t = useTranslator();
  const lanes = LANES.map((id) => t.t(id));
  const labelW = Math.max(MIN_LABEL_W, ...lanes.map((name) => Math.ceil(measureTimelineText(name, false)) + 8));
  const selected = store.selectedCallId.value;
  const span = Math.max(1, model.end - model.start);
  const plotRight = Math.max(labelW + 20, width - RIGHT_PAD);
  const x = (at: number) => labelW + ((at - model.start) / span) * (plotRight - labelW);
  const laneY = (i: number) => 16 + i * (LANE_H + 4);
  const pick = (callId: string) => store.select(callId, true);
  const label = (text: string, room: number, bold = false) => fitLabel(text, room, (t) => measureTimelineText(t, bold));

  const bar = (s: Span, lane: number, cls: string) => {
    const w = Math.max(2, x(s.end) - x(s.start));
    const name = spanText(t, s);
    const text = label(name, w - 6);
    return (
      <g key={`${cls}-${s.startCallId}`} class={`mark ${cls}${s.closed ? '' : ' open'}`} data-call-id={s.startCallId} onClick={() => pick(s.startCallId)}>
        <rect x={x(s.start)} y={laneY(lane)} width={w} height={LANE_H} rx={2}>
          <title>{s.closed ? name : t.t('panel.timeline.not-closed', { label: name })}</title>
        </rect>
        {text && (
          <text x={x(s.start) + 3} y={laneY(lane) + 13} class="span-label">
            {text}
          </text>
        )}
      </g>
    );
  };
  const tick = (m: MarkGroup, lane: number) => (
    <g key={`${m.kind}-${m.callId}`} class={`mark ${m.kind}`} data-call-id={m.callId} data-kind={m.kind} data-count={m.count} onClick={() => pick(m.callId)}>
      {m.kind === 'ping' ? (
        <line x1={x(m.at)} x2={x(m.at)} y1={laneY(lane) + 3} y2={laneY(lane) + LANE_H - 3} />
      ) : (
        <>
          <circle cx={x(m.at)} cy={laneY(lane) + LANE_H / 2} r={6} />
          <text x={x(m.at)} y={laneY(lane) + LANE_H / 2 + 4} text-anchor="middle" class="glyph" aria-hidden="true">
            {m.kind === 'finding-warning' ? '!' : m.kind === 'finding-info' ? 'i' : '✕'}
          </text>
        </>
      )}
      <title>{markText(t, m)}</title>
    </g>
  );
  const outsideAd = (s: Span) => {
    const w = Math.max(10, x(s.end) - x(s.start));
    // The warning may run past a short ad's box, up to the plot's edge.
    const text = label(`⚠ ${t.t('panel.timeline.outside-short')}`, Math.max(w, plotRight - x(s.start)) - 6, true) ?? '⚠';
    return (
      <g key={`ad-${s.startCallId}`} class="mark ad outside" data-call-id={s.startCallId} data-kind="ad-outside" onClick={() => pick(s.startCallId)}>
        <rect x={x(s.start)} y={laneY(1) + 1} width={w} height={LANE_H - 2} rx={2} />
        <text x={x(s.start) + 3} y={laneY(1) + 13} class="outside-label">
          {text}
        </text>
        <title>{t.t('panel.timeline.outside', { label: spanText(t, s) })}</title>
      </g>
    );
  };

  return (
    <svg width={width} height={LANES_HEIGHT} viewBox={`0 0 ${width} ${LANES_HEIGHT}`} role="img" aria-label={t.t('panel.timeline.lanes', { session: sessionLabel(t, session), outside: t.t('panel.timeline.outside-count', { count: model.ads.filter((a) => a.outside).length }) })}>
      <text x={labelW} y={11} class="axis">{t.t('panel.unit.seconds', { value: t.number(0) })}</text>
      <text x={plotRight} y={11} class="axis" text-anchor="end">{formatSpan(t, span)}</text>
      {lanes.map((name, i) => (
        <g key={name}>
          <rect class="lane" x={labelW} y={laneY(i)} width={plotRight - labelW} height={LANE_H} />
          <text x={4} y={laneY(i) + 13} class="lane-label">
            {name}
          </text>
        </g>
      ))}
      {model.playback.map((s) => bar(s, 0, `playback ${s.kind}`))}
      {model.adBreaks.map((s) => bar(s, 1, 'ad-break'))}
      {model.ads.map((s) =>
        s.outside ? (
          outsideAd(s)
        ) : (
          <g key={`ad-${s.startCallId}`} class="mark ad" data-call-id={s.startCallId} onClick={() => pick(s.startCallId)}>
            <rect x={x(s.start)} y={laneY(1) + 4} width={Math.max(2, x(s.end) - x(s.start))} height={LANE_H - 8} rx={1} />
            <title>{spanText(t, s)}</title>
          </g>
        ),
      )}
      {model.chapters.map((s) => bar(s, 2, 'chapter'))}
      {model.playerStates.map((s) => bar(s, 3, 'state'))}
      {groupMarks(model.pings, x, PING_GAP).map((m) => tick(m, 4))}
      {groupMarks(model.errors, x, MARK_GAP).map((m) => tick(m, 5))}
      {groupMarks(model.findings, x, MARK_GAP).map((m) => tick(m, 6))}
      {selected !== undefined && model.callTimes.has(selected) && (
        <line class="selected-marker" x1={x(model.callTimes.get(selected)!)} x2={x(model.callTimes.get(selected)!)} y1={12} y2={LANES_HEIGHT} data-call-id={selected} />
      )}
    </svg>
  );
}
