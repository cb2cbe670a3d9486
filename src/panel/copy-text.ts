/** How a copy ended: on the clipboard, or refused by every way the page has. */
export type CopyOutcome = 'copied' | 'refused';

/** Which way the text reached the clipboard: the Clipboard API, or the browser's copy command on a selection. */
export type CopyRoute = 'clipboard-api' | 'copy-command' | 'refused';

/**
 * Puts text on the clipboard from a DevTools panel. The Clipboard API first; DevTools may give
 * the panel none, or refuse it (no permission, or "document is not focused"), so then a selected
 * field and the browser's copy command, which panels are allowed. When both are refused the
 * caller shows the text for the user to copy by hand.
 */
export async function copyText(text: string): Promise<CopyOutcome> {
  return (await copyTextVia(text)) === 'refused' ? 'refused' : 'copied';
}

/** copyText, saying which way worked. */
export async function copyTextVia(text: string): Promise<CopyRoute> {
  const clipboard = globalThis.navigator?.clipboard;
  if (typeof clipboard?.writeText === 'function') {
    try {
      await clipboard.writeText(text);
      return 'clipboard-api';
    } catch {
      // Refused: the selection may still be allowed.
    }
  }
  return copyThroughSelection(text) ? 'copy-command' : 'refused';
}

/** Copies the text selected in a field the user never sees, then gives the focus back. */
function copyThroughSelection(text: string): boolean {
  const previous = document.activeElement;
  const field = document.createElement('textarea');
  field.value = text;
  field.readOnly = true;
  // Out of view but laid out: a display:none field holds no selection to copy.
  field.style.position = 'fixed';
  field.style.top = '-1000px';
  field.style.opacity = '0';
  document.body.append(field);
  field.focus();
  field.select();
  let copied = false;
  try {
    copied = typeof document.execCommand === 'function' && document.execCommand('copy');
  } catch {
    copied = false;
  } finally {
    field.remove();
    if (previous instanceof HTMLElement) previous.focus();
  }
  return copied;
}
