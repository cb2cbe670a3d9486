/**
 * Scripts that run on the panel page to drive its HAR file actions as a person would, and read
 * back what it shows, as plain data.
 */
import type { BrowserTab } from './harness.js';
import { waitUntil } from './captured.js';

export const FILE_INPUT = 'input.open-har-input';

/** An imported file's line, as the panel shows it. */
export interface ShownFile {
  name: string;
  status: string;
  phase?: string;
  percent?: string;
}

/** A session in the list: its key, the file it was imported from ('' for a live one), its counts. */
export interface ShownSession {
  key: string;
  name: string;
  importedFrom: string;
  errors: number;
  warnings: number;
}

export function shownFiles(panel: BrowserTab): Promise<ShownFile[]> {
  return panel.evaluate(`[...document.querySelectorAll('.imported-file')].map((f) => ({
    name: f.querySelector('.file-name').textContent, status: f.dataset.status,
    phase: f.querySelector('.import-progress')?.dataset.phase, percent: f.querySelector('.import-progress')?.dataset.percent }))`);
}

export function shownSessions(panel: BrowserTab): Promise<ShownSession[]> {
  return panel.evaluate(`[...document.querySelectorAll('.session[data-session-key]')].map((s) => ({
    key: s.dataset.sessionKey, name: s.dataset.name, importedFrom: s.dataset.importedFrom ?? '',
    errors: Number(s.dataset.errors), warnings: Number(s.dataset.warnings) }))`);
}

export async function waitForFile(panel: BrowserTab, name: string, timeoutMs = 60_000): Promise<void> {
  await waitUntil(async () => (await shownFiles(panel)).some((f) => f.name === name && f.status === 'done'), () => `${name} to be loaded in the panel`, timeoutMs);
}

/** Picks a session in the list (by key) and waits for the list to show its calls only. */
export async function pickSession(panel: BrowserTab, key: string): Promise<void> {
  await panel.evaluate(`(document.querySelector(${JSON.stringify(`.session[data-session-key="${key}"]`)}).dispatchEvent(new MouseEvent('click', { bubbles: true })), true)`);
  await waitUntil(() => panel.evaluate<boolean>(`!!document.querySelector(${JSON.stringify(`.session.picked[data-session-key="${key}"]`)})`), () => `the session ${key} to be picked`);
}

/**
 * Drops a File built on the page (`makeFile`, an expression) on the call list, as a drag from the
 * desktop does: dragenter, dragover, drop, each carrying a DataTransfer that holds the file.
 * Returns whether the drop target showed while the file was over the panel.
 */
export function dropOnPanel(makeFile: string): string {
  return `(async () => {
    const file = ${makeFile};
    const data = new DataTransfer();
    data.items.add(file);
    const target = document.querySelector('.call-list');
    const fire = (type) => target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
    fire('dragenter');
    await new Promise((r) => requestAnimationFrame(() => r()));
    const shown = !!document.querySelector('.drop-target');
    fire('dragover');
    fire('drop');
    return shown;
  })()`;
}

/**
 * Clicks a file action (`.save-har`, `.copy-report`, `.save-report`) through its menu, as a
 * person does, and returns what the download link it clicked offered: the file's name, type
 * and text. The page saves nothing: the click's default action is prevented once recorded.
 */
export function downloadThrough(action: string): string {
  return `(async () => {
    let link;
    const record = (e) => {
      const a = e.target.closest?.('a[download]');
      if (!a) return;
      e.preventDefault();
      link = a;
    };
    document.addEventListener('click', record, true);
    try {
      const menu = document.querySelector('.toolbar button.export, .toolbar button.files');
      menu.click();
      await new Promise((r) => requestAnimationFrame(() => r()));
      document.querySelector(${JSON.stringify(`.overflow-popup ${action}`)}).click();
    } finally {
      document.removeEventListener('click', record, true);
    }
    if (!link) throw new Error('no download link was clicked');
    const blob = await (await fetch(link.href)).blob();
    return { name: link.download, hrefScheme: new URL(link.href).protocol, type: blob.type, text: await blob.text() };
  })()`;
}

export interface Download {
  name: string;
  hrefScheme: string;
  type: string;
  text: string;
}
