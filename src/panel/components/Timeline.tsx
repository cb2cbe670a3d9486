import { useMemo } from 'preact/hooks';
import type { SessionSummary } from '../../messaging/protocol.js';
import { sessionLabel } from '../session-label.js';
import type { PanelStore } from '../store.js';
import { groupMarks, type MarkGroup } from '../timeline-marks.js';
import { timelineModel, type Span } from '../timeline-model.js';

const WIDTH = 1000;
const LABEL_W = 90;
const LANE_H = 18;
const LANES = ['Playback', 'Ads', 'Chapters', 'States', 'Pings', 'Errors', 'Findings'] as const;
const HEIGHT = 16 + LANES.length * (LANE_H + 4) + 4;
/** Closest two marks of a lane may be, in viewBox units: a finding's circle is 12 wide. */
const PING_GAP = 3;
const MARK_GAP = 14;

/** The selected session drawn over time. Labels are SVG text nodes; nothing captured becomes markup. */
export function Timeline({ store }: { store: PanelStore }) {
  const session = store.timelineSession.value;
  if (session && store.loading.value) {
    // Drawn once, when every call is here; the space is kept so the list does not jump then.
    return (
      <section class="timeline pending" style={{ height: `${HEIGHT}px` }}>
        <p class="timeline-hint">The timeline is drawn once every call has arrived.</p>
      </section>
    );
  }
  if (!session) {
    return store.sessionList.value.length > 0 ? <p class="timeline-hint">Pick a session (or a call) to draw its timeline.</p> : null;
  }
  return <SessionTimeline store={store} session={session} />;
}

function SessionTimeline({ store, session }: { store: PanelStore; session: SessionSummary }) {
  const calls = store.callsOfSession(session.key);
  const findings = store.findings.value;
  const model = useMemo(() => timelineModel(calls, findings), [calls.length, findings, session]);
  const selected = store.selectedCallId.value;
  const span = Math.max(1, model.end - model.start);
  const x = (t: number) => LABEL_W + ((t - model.start) / span) * (WIDTH - LABEL_W - 10);
  const laneY = (i: number) => 16 + i * (LANE_H + 4);
  const height = HEIGHT;
  const pick = (callId: string) => store.select(callId, true);

  const box = (s: Span, lane: number, cls: string, extra: Record<string, string> = {}) => (
    <g key={`${cls}-${s.startCallId}`} class={`mark ${cls}${s.closed ? '' : ' open'}`} data-call-id={s.startCallId} onClick={() => pick(s.startCallId)} {...extra}>
      <rect x={x(s.start)} y={laneY(lane)} width={Math.max(2, x(s.end) - x(s.start))} height={LANE_H} rx={2}>
        <title>{`${s.label}${s.closed ? '' : ' (not closed)'}`}</title>
      </rect>
      {x(s.end) - x(s.start) > 40 && (
        <text x={x(s.start) + 3} y={laneY(lane) + 13} class="span-label">
          {s.label}
        </text>
      )}
    </g>
  );
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
      <title>{m.label}</title>
    </g>
  );

  return (
    <section class="timeline" aria-label={`Timeline of ${sessionLabel(session)}`} data-session-key={session.key}>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} preserveAspectRatio="none" width="100%" height={height} role="img" aria-label={`Timeline of ${sessionLabel(session)}: ${model.ads.filter((a) => a.outside).length} ads outside any ad break`}>
        <text x={LABEL_W} y={10} class="axis">{`0 s`}</text>
        <text x={WIDTH - 10} y={10} class="axis" text-anchor="end">{`${(span / 1000).toFixed(1)} s`}</text>
        {LANES.map((name, i) => (
          <g key={name}>
            <rect class="lane" x={LABEL_W} y={laneY(i)} width={WIDTH - LABEL_W - 10} height={LANE_H} />
            <text x={4} y={laneY(i) + 13} class="lane-label">
              {name}
            </text>
          </g>
        ))}
        {model.playback.map((s) => box(s, 0, `playback ${s.kind}`))}
        {model.adBreaks.map((s) => box(s, 1, 'ad-break'))}
        {model.ads.map((s) =>
          s.outside ? (
            <g key={`ad-${s.startCallId}`} class="mark ad outside" data-call-id={s.startCallId} data-kind="ad-outside" onClick={() => pick(s.startCallId)}>
              <rect x={x(s.start)} y={laneY(1) + 1} width={Math.max(10, x(s.end) - x(s.start))} height={LANE_H - 2} rx={2} />
              <text x={x(s.start) + 3} y={laneY(1) + 13} class="outside-label">
                ⚠ ad outside break
              </text>
              <title>{`${s.label}: ad outside any ad break`}</title>
            </g>
          ) : (
            <g key={`ad-${s.startCallId}`} class="mark ad" data-call-id={s.startCallId} onClick={() => pick(s.startCallId)}>
              <rect x={x(s.start)} y={laneY(1) + 4} width={Math.max(2, x(s.end) - x(s.start))} height={LANE_H - 8} rx={1} />
              <title>{s.label}</title>
            </g>
          ),
        )}
        {model.chapters.map((s) => box(s, 2, 'chapter'))}
        {model.playerStates.map((s) => box(s, 3, 'state'))}
        {groupMarks(model.pings, x, PING_GAP).map((m) => tick(m, 4))}
        {groupMarks(model.errors, x, MARK_GAP).map((m) => tick(m, 5))}
        {groupMarks(model.findings, x, MARK_GAP).map((m) => tick(m, 6))}
        {selected !== undefined && model.callTimes.has(selected) && (
          <line class="selected-marker" x1={x(model.callTimes.get(selected)!)} x2={x(model.callTimes.get(selected)!)} y1={12} y2={height} data-call-id={selected} />
        )}
      </svg>
    </section>
  );
}
