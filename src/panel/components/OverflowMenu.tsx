import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useTranslator } from '../i18n/use-translator.js';

interface Props {
  children: ComponentChildren;
  /** The button's text and the popup's name; "More" (in the user's language) by default. */
  label?: string;
  /** The button's glyph, before its text. */
  icon?: string;
  /** The button's class and the popup's id, unique in the page. */
  name?: string;
  title?: string;
  /** Close once a button inside is pressed: a menu of actions, not of settings. */
  closeOnAction?: boolean;
}

/**
 * The toolbar's controls that do not fit a narrow panel, behind a "More" button: a disclosure
 * (Enter or Space opens it, focus moves in, Escape closes it and gives focus back to the button;
 * a click outside closes it too).
 */
export function OverflowMenu({ children, label, icon = '⋯', name = 'more', title, closeOnAction = false }: Props) {
  const t = useTranslator();
  label ??= t.t('panel.toolbar.more');
  title ??= t.t('panel.toolbar.more-title');
  const popupId = `toolbar-${name}`;
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
        class={name}
        aria-haspopup="true"
        aria-expanded={open}
        aria-controls={popupId}
        title={title}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">{icon}</span> {label}
      </button>
      {open && (
        <div
          ref={popup}
          id={popupId}
          class="overflow-popup"
          role="group"
          aria-label={title}
          onClick={(e) => {
            if (closeOnAction && (e.target as HTMLElement).closest('button')) setOpen(false);
          }}
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
