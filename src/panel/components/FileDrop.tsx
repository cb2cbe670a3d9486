import { useEffect, useState } from 'preact/hooks';
import { useTranslator } from '../i18n/use-translator.js';

/**
 * Files dragged over the panel: while they are, the whole panel shows where to drop them; dropped,
 * they are opened. Drags of anything but files (text, a link) are left to the browser.
 */
export function FileDrop({ onFiles }: { onFiles: (files: File[]) => void }) {
  const t = useTranslator();
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    // dragenter and dragleave come for every element crossed: count them to know when the drag left the panel.
    let depth = 0;
    const carriesFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
    const enter = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth++;
      setDragging(true);
    };
    const over = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      // Without this the browser would not let the files be dropped here, and would open them as a page.
      e.preventDefault();
      e.dataTransfer!.dropEffect = 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length > 0) onFiles(files);
    };
    document.addEventListener('dragenter', enter);
    document.addEventListener('dragover', over);
    document.addEventListener('dragleave', leave);
    document.addEventListener('drop', drop);
    return () => {
      document.removeEventListener('dragenter', enter);
      document.removeEventListener('dragover', over);
      document.removeEventListener('dragleave', leave);
      document.removeEventListener('drop', drop);
    };
  }, [onFiles]);
  if (!dragging) return null;
  return (
    <div class="drop-target" aria-hidden="true">
      <div class="drop-message">{t.t('panel.files.drop')}</div>
    </div>
  );
}
