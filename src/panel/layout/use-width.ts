import { useLayoutEffect, useState } from 'preact/hooks';

/**
 * The content width of an element, px, kept current with a ResizeObserver: what the timeline
 * lays itself out in. `fallback` until measured (and where there is no layout, as in node).
 */
export function useWidth(ref: { current: HTMLElement | null }, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const read = () => {
      const w = el.clientWidth - padding(el);
      if (w > 0) setWidth(Math.floor(w));
    };
    read();
    const observer = new ResizeObserver(read);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return width;
}

function padding(el: HTMLElement): number {
  const style = getComputedStyle(el);
  return parseFloat(style.paddingLeft) + parseFloat(style.paddingRight) || 0;
}
