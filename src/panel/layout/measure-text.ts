import { estimateWidth, TIMELINE_FONT_PX } from './label-fit.js';

let context: CanvasRenderingContext2D | null | undefined;

/**
 * The width in px of `text` in the timeline's font, as the browser draws it; an estimate where
 * there is no canvas (component tests). Measured on a canvas, not in the SVG: no layout.
 */
export function measureTimelineText(text: string, bold = false): number {
  if (context === undefined) {
    context = typeof document !== 'undefined' ? document.createElement('canvas').getContext?.('2d') ?? null : null;
  }
  if (!context) return estimateWidth(text);
  context.font = `${bold ? '700 ' : ''}${TIMELINE_FONT_PX}px system-ui, sans-serif`;
  return context.measureText(text).width;
}
