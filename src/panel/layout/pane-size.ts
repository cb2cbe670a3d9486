/** The range a pane's size may take, px. */
export interface PaneLimits {
  min: number;
  max: number;
}

/** `size` within `limits`; when the room is too small for the minimum, the minimum wins over the maximum. */
export function clampPane(size: number, { min, max }: PaneLimits): number {
  return Math.round(Math.max(min, Math.min(size, max)));
}

/** How far one arrow key press moves a separator; with Shift, a bigger step. */
export const KEY_STEP = 10;
export const BIG_KEY_STEP = 50;

/**
 * The size a separator's key press asks for, or undefined for keys it does not handle. `grows`
 * is the arrow that makes the pane bigger (ArrowRight for a pane left of its separator).
 */
export function sizeForKey(key: string, shift: boolean, size: number, limits: PaneLimits, grows: 'ArrowRight' | 'ArrowLeft' | 'ArrowDown' | 'ArrowUp'): number | undefined {
  const step = shift ? BIG_KEY_STEP : KEY_STEP;
  const shrinks = { ArrowRight: 'ArrowLeft', ArrowLeft: 'ArrowRight', ArrowDown: 'ArrowUp', ArrowUp: 'ArrowDown' }[grows];
  if (key === grows) return clampPane(size + step, limits);
  if (key === shrinks) return clampPane(size - step, limits);
  if (key === 'Home') return limits.min;
  if (key === 'End') return Math.max(limits.min, limits.max);
  return undefined;
}
