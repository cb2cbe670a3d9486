import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * The toolbar's controls that do not fit a narrow panel, behind a "More" button: a disclosure
 * (Enter or Space opens it, focus moves in, Escape closes it and gives focus back to the button;
 * a click outside closes it too).
 */
export function OverflowMenu({ children }: { children: ComponentChildren }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const popup = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    popup.current?.querySelector<HTMLElement>('input, select, button, [tabindex]')?.focus();
    const outside = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!popup.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  return (
    <div class="overflow-menu">
      <button
        ref={button}
        type="button"
        class="more"
        aria-haspopup="true"
        aria-expanded={open}
        aria-controls="toolbar-more"
        title="More controls"
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">⋯</span> More
      </button>
      {open && (
        <div
          ref={popup}
          id="toolbar-more"
          class="overflow-popup"
          role="group"
          aria-label="More controls"
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return;
            // Handled here: the panel must not close the details, nor DevTools open its drawer.
            e.preventDefault();
            e.stopPropagation();
            setOpen(false);
            button.current?.focus();
          }}
        >
          {children}
        </div>
      )}
    </div>
  );
}
