import type { MessageId } from '../i18n/catalog.js';
import type { Translator } from '../i18n/translator.js';
import type { MarkGroup } from './timeline-marks.js';
import type { Span } from './timeline-model.js';

/** The timeline's lanes, top to bottom, by the message that names each. */
export const LANES = [
  'panel.timeline.lane.playback',
  'panel.timeline.lane.ads',
  'panel.timeline.lane.chapters',
  'panel.timeline.lane.states',
  'panel.timeline.lane.pings',
  'panel.timeline.lane.errors',
  'panel.timeline.lane.findings',
] as const satisfies readonly MessageId[];

const PLAYBACK: Readonly<Record<string, MessageId>> = {
  playing: 'panel.timeline.playing',
  paused: 'panel.timeline.paused',
  buffering: 'panel.timeline.buffering',
};

/** A span's words: its kind in the user's language, with what the body named it by (an index, an id) as sent. */
export function spanText(t: Translator, span: Span): string {
  const playback = Object.hasOwn(PLAYBACK, span.kind) ? PLAYBACK[span.kind] : undefined;
  if (playback) return t.t(playback);
  if (span.kind === 'adBreak') return span.label ? t.t('panel.timeline.ad-break-n', { index: span.label }) : t.t('panel.timeline.ad-break');
  if (span.kind === 'chapter') return span.label ? t.t('panel.timeline.chapter-n', { index: span.label }) : t.t('panel.timeline.chapter');
  if (span.kind === 'ad') return span.label || t.t('panel.timeline.ad');
  return span.label;
}

/** A mark's tooltip: a ping, an error by its id, the rules found; and how many more it stands for. */
export function markText(t: Translator, mark: MarkGroup): string {
  const label = mark.kind === 'ping' ? t.t('panel.timeline.ping') : mark.kind === 'error' ? mark.label || t.t('panel.timeline.error') : mark.label;
  return mark.count > 1 ? t.t('panel.timeline.more-close-by', { label, count: mark.count - 1 }) : label;
}
