import { useRef } from 'preact/hooks';
import { sizeForKey, clampPane, type PaneLimits } from '../layout/pane-size.js';
import { useTranslator } from '../i18n/use-translator.js';

interface Props {
  /** What the separator resizes, for assistive technology: "Resize the session list". */
  label: string;
  /** `vertical`: a line between panes side by side, dragged left and right. */
  orientation: 'vertical' | 'horizontal';
  /** The size of the pane it resizes, px, and the range it may take. */
  size: number;
  limits: PaneLimits;
  /** Which way the pane grows: `before` when it lies left of (above) the separator. */
  pane: 'before' | 'after';
  onResize(px: number): void;
  onReset(): void;
}

/**
 * A draggable line between two panes, as in the Network panel: drag it, or focus it and use the
 * arrow keys (Shift for bigger steps, Home and End for the limits); a double click resets it.
 */
export function Splitter({ label, orientation, size, limits, pane, onResize, onReset }: Props) {
  const t = useTranslator();
  const drag = useRef<{ from: number; size: number } | undefined>(undefined);
  const along = (e: PointerEvent) => (orientation === 'vertical' ? e.clientX : e.clientY);
  const sign = pane === 'before' ? 1 : -1;
  const grows = orientation === 'vertical' ? (pane === 'before' ? 'ArrowRight' : 'ArrowLeft') : pane === 'before' ? 'ArrowDown' : 'ArrowUp';
  return (
    <div
      class={`splitter ${orientation}`}
      role="separator"
      aria-orientation={orientation}
      aria-label={label}
      aria-valuenow={size}
      aria-valuemin={limits.min}
      aria-valuemax={Math.max(limits.min, limits.max)}
      tabIndex={0}
      title={t.t('panel.splitter.title', { label })}
      onPointerDown={(e) => {
        if (e.button !== 0) return;
        e.preventDefault();
        e.currentTarget.setPointerCapture(e.pointerId);
        drag.current = { from: along(e), size };
      }}
      onPointerMove={(e) => {
        const d = drag.current;
        if (d) onResize(clampPane(d.size + sign * (along(e) - d.from), limits));
      }}
      onPointerUp={() => (drag.current = undefined)}
      onPointerCancel={() => (drag.current = undefined)}
      onDblClick={onReset}
      onKeyDown={(e) => {
        const next = sizeForKey(e.key, e.shiftKey, size, limits, grows);
        if (next === undefined) return;
        e.preventDefault();
        e.stopPropagation();
        onResize(next);
      }}
    />
  );
}
