// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readHar } from '../../../src/core/har/read-har.js';
import { reportHar } from '../../../src/core/report/file-report.js';
import { App } from '../../../src/panel/components/App.js';
import { createImportedFiles, type ImportedFiles } from '../../../src/panel/imported-files.js';
import { clearPanel, type PanelStore } from '../../../src/panel/store.js';
import { snapshotOf } from '../fixtures.js';
import { scenarioCalls, storeWith } from './captured-store.js';
import { inProcessImport } from './in-process-import.js';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../fixtures/har', `${name}.har`), 'utf8');
const harFile = (name: string) => new File([fixture(name)], `${name}.har`, { type: 'application/json' });

/** Every Blob the panel turned into a download link, with the name it was offered under. */
let downloads: { name: string; blob: Blob }[];
let blobs: Map<string, Blob>;

beforeEach(() => {
  downloads = [];
  blobs = new Map();
  let n = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${++n}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  // What the browser would save: the link's target, under its download name (and no navigation here).
  document.addEventListener('click', recordDownload, true);
});

afterEach(() => {
  cleanup();
  document.removeEventListener('click', recordDownload, true);
  vi.restoreAllMocks();
  delete (navigator as { clipboard?: unknown }).clipboard;
  delete (document as { execCommand?: unknown }).execCommand;
});

function recordDownload(e: Event): void {
  const link = (e.target as Element).closest?.('a[download]') as HTMLAnchorElement | null;
  if (!link) return;
  e.preventDefault();
  downloads.push({ name: link.download, blob: blobs.get(link.href)! });
}

/** The size App measures the panel at (happy-dom lays nothing out): docked at the bottom of a wide window by default. */
function panelSize(width: number, height: number): void {
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(width);
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(height);
}

/** The panel on a live tab (the ads-outside-break scenario), with files opened through the real import code. */
function panel(): { store: PanelStore; files: ImportedFiles; onClear: () => void } {
  panelSize(1200, 800);
  const store = storeWith(scenarioCalls('ads-outside-break'));
  const files = createImportedFiles(store, inProcessImport());
  const onClear = () => clearPanel(store);
  render(<App store={store} onClear={onClear} files={files} version="9.9.9" />);
  return { store, files, onClear };
}

const sessionOptions = () => within(screen.getByRole('listbox', { name: 'Sessions' })).getAllByRole('option').slice(1);
/** What the browser does once files are chosen in the panel's file dialog. */
function openThroughInput(...files: File[]): void {
  const input = document.querySelector<HTMLInputElement>('input.open-har-input')!;
  const chosen = new DataTransfer();
  for (const f of files) chosen.items.add(f);
  input.files = chosen.files;
  fireEvent(input, new Event('change', { bubbles: true }));
}

/**
 * A drag event carrying files, as a browser's: happy-dom's DataTransfer neither lists "Files" in
 * its types nor rides on its drag events, so the event is given what the browser's would hold.
 */
function drag(type: string, target: Element, files: File[]): Event {
  const event = new Event(type, { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'dataTransfer', { value: { types: ['Files'], files, dropEffect: 'none' } });
  fireEvent(target, event);
  return event;
}

async function loaded(name: string): Promise<HTMLElement> {
  const bar = await screen.findByRole('region', { name: 'Imported files' });
  await waitFor(() => expect([...bar.querySelectorAll(`.imported-file[data-status="done"] .file-name`)].map((e) => e.textContent)).toContain(name));
  return bar;
}

describe('opening HAR files in the panel', () => {
  it('shows an opened file\'s sessions beside the live one, marked with the file, with the command line\'s findings', async () => {
    const { store } = panel();
    openThroughInput(harFile('firefox-network-monitor'));
    const bar = await loaded('firefox-network-monitor.har');
    const cli = reportHar('firefox-network-monitor.har', fixture('firefox-network-monitor'));
    expect(bar.textContent).toContain('Imported files are kept only while DevTools is open.');
    expect(bar.textContent).toContain(`${cli.sessions.length} session`);

    const options = sessionOptions();
    const live = options.filter((o) => o.dataset.importedFrom === undefined);
    const imported = options.filter((o) => o.dataset.importedFrom === 'firefox-network-monitor.har');
    expect(live).toHaveLength(1);
    expect(imported).toHaveLength(cli.sessions.length);
    for (const o of imported) expect(within(o).getByText('imported').parentElement!.textContent).toBe('imported firefox-network-monitor.har');

    // The same findings as `mc-inspect validate` on the file, call by call.
    const shown = [...store.findings.value]
      .filter(([id]) => id.startsWith('har'))
      .flatMap(([id, list]) => list.map((f) => [id.replace(/^har\d+:/, ''), f.rule, f.severity]));
    const expected = cli.sessions.flatMap((s) => s.findings.map((f) => [f.callId, f.rule, f.severity]));
    expect(shown.sort()).toEqual(expected.sort());
    expect(imported.map((o) => Number(o.dataset.errors))).toEqual(cli.sessions.map((s) => s.findings.filter((f) => f.severity === 'error').length));

    // Picked, the imported session narrows the list to its calls, as a live one does.
    fireEvent.click(imported[0]!);
    const rows = within(screen.getByRole('grid')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(cli.sessions[0]!.session.callIds.length);
  });

  it('opens files dropped on the panel, showing a drop target while they are dragged over it', async () => {
    panel();
    const target = screen.getByRole('grid');
    const files = [harFile('charles-proxy')];
    drag('dragenter', target, files);
    expect(screen.getByText('Drop HAR files to open them beside the live capture')).toBeTruthy();
    expect(drag('dragover', target, files).defaultPrevented).toBe(true);
    // Over a row inside the list: still over the panel.
    drag('dragenter', target.querySelector('[role="row"]')!, files);
    drag('dragleave', target, files);
    expect(screen.getByText('Drop HAR files to open them beside the live capture')).toBeTruthy();
    expect(drag('drop', target, files).defaultPrevented).toBe(true);
    expect(screen.queryByText('Drop HAR files to open them beside the live capture')).toBeNull();
    await loaded('charles-proxy.har');
    expect(sessionOptions().some((o) => o.dataset.importedFrom === 'charles-proxy.har')).toBe(true);
  });

  it('says in one message that a file is not a HAR, and keeps everything already in the panel', async () => {
    const { store } = panel();
    openThroughInput(harFile('proxyman'));
    await loaded('proxyman.har');
    const before = store.entries.value.length;
    openThroughInput(new File(['not a HAR at all'], 'notes.txt'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^notes\.txt cannot be opened: not JSON \(.+\); a HAR file is JSON with log\.entries\./);
    expect(store.entries.value.length).toBe(before);
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    fireEvent.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('Clear and a reconnect replace the live calls only; Remove takes out one file', async () => {
    const { store } = panel();
    openThroughInput(harFile('firefox-network-monitor'), harFile('proxyman'));
    await loaded('firefox-network-monitor.har');
    await loaded('proxyman.har');
    const importedCalls = () => store.entries.value.filter((e) => e.kind === 'call' && e.call.id.startsWith('har')).length;
    const withFiles = importedCalls();
    fireEvent.click(screen.getByRole('button', { name: /Clear/ }));
    expect(sessionOptions().every((o) => o.dataset.importedFrom !== undefined)).toBe(true);
    expect(importedCalls()).toBe(withFiles);

    // A reconnect without "preserve log": the background's snapshot replaces what was live.
    act(() => store.handlers.snapshot!(snapshotOf(scenarioCalls('clean'))));
    expect(importedCalls()).toBe(withFiles);
    expect(sessionOptions().filter((o) => o.dataset.importedFrom === undefined)).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: 'Remove proxyman.har' }));
    expect(sessionOptions().some((o) => o.dataset.importedFrom === 'proxyman.har')).toBe(false);
    expect(sessionOptions().some((o) => o.dataset.importedFrom === 'firefox-network-monitor.har')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Remove firefox-network-monitor.har' }));
    expect(importedCalls()).toBe(0);
    expect(screen.queryByRole('region', { name: 'Imported files' })).toBeNull();
  });
});

describe('saving and reporting', () => {
  it('saves the picked session as HAR 1.2 with its bodies, statuses and Location, which opens again to the same findings', async () => {
    const { store } = panel();
    const live = sessionOptions()[0]!;
    fireEvent.click(live);
    const calls = store.callsOfSession(live.dataset.sessionKey!).map((e) => e.call);
    fireEvent.click(screen.getByRole('button', { name: /Export/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Save HAR' }));
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.name).toMatch(/^media-collection-.+-\d{4}-\d\d-\d\d\.har$/);
    const text = await downloads[0]!.blob.text();
    const har = JSON.parse(text);
    expect(har.log.version).toBe('1.2');
    expect(har.log.creator).toEqual({ name: 'Media Collection Inspector', version: '9.9.9' });
    const back = readHar(text).calls;
    expect(back.map((c) => [c.url, c.status, c.requestBody])).toEqual(calls.map((c) => [c.url, c.status, c.requestBody]));
    expect(har.log.entries[0].response.headers).toContainEqual({ name: 'Location', value: expect.stringMatching(/^\/api\/v1\/sessions\/\w+$/) });

    // Opened again, the file gives the findings the panel showed for the live session.
    openThroughInput(new File([text], 'exported.har'));
    await loaded('exported.har');
    const reimported = sessionOptions().find((o) => o.dataset.importedFrom === 'exported.har')!;
    expect([reimported.dataset.errors, reimported.dataset.warnings]).toEqual([live.dataset.errors, live.dataset.warnings]);
  });

  it('copies a Markdown report of the picked session, through the copy command where the Clipboard API is refused, and says so', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('Document is not focused', 'NotAllowedError')) }, configurable: true });
    const copied: string[] = [];
    (document as { execCommand?: unknown }).execCommand = (command: string) => {
      const field = document.activeElement as HTMLTextAreaElement;
      copied.push(field.value.slice(field.selectionStart, field.selectionEnd));
      return command === 'copy';
    };
    panel();
    fireEvent.click(sessionOptions()[0]!);
    fireEvent.click(screen.getByRole('button', { name: /Export/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Copy report' }));
    const status = await screen.findByText(/^Copied the Markdown report of/);
    expect(status.closest('[role="status"]')!.getAttribute('data-route')).toBe('copy-command');
    expect(status.textContent).toContain('DevTools refused the Clipboard API here');
    expect(copied).toHaveLength(1);
    expect(copied[0]).toMatch(/^# Media Collection API report\n\n\*\*Verdict: FAIL\*\*: .+ in 1 session\./);
    expect(copied[0]).toContain('## Captured in DevTools');
    expect(copied[0]).toContain('ad-outside-break');
  });

  it('shows the report to copy by hand when every way to copy is refused, and saves it as a .md file', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    (document as { execCommand?: unknown }).execCommand = () => false;
    panel();
    openThroughInput(harFile('proxyman'));
    await loaded('proxyman.har');
    fireEvent.click(screen.getByRole('button', { name: /Export/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Copy report' }));
    const manual = (await screen.findByRole('textbox', { name: 'Markdown report' })) as HTMLTextAreaElement;
    expect(document.activeElement).toBe(manual);
    // Every session, live and imported, each source under its own heading.
    expect(manual.value).toContain('## Captured in DevTools');
    expect(manual.value).toContain('## proxyman.har');

    fireEvent.click(screen.getByRole('button', { name: /Export/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Save report' }));
    expect(downloads.map((d) => d.name)).toEqual([expect.stringMatching(/^media-collection-all-sessions-\d{4}-\d\d-\d\d\.md$/)]);
    expect(downloads[0]!.blob.type).toBe('text/markdown');
    expect(await downloads[0]!.blob.text()).toBe(manual.value);
  });

  it('keeps every file action in one menu on a narrow panel, reachable by keyboard', () => {
    panelSize(400, 800);
    const store = storeWith(scenarioCalls('ads-outside-break'));
    const files = createImportedFiles(store, inProcessImport());
    render(<App store={store} onClear={() => undefined} files={files} version="1" />);
    const toggle = screen.getByRole('button', { name: /HAR/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    const menu = screen.getByRole('group', { name: 'Open and save HAR files, reports' });
    expect(within(menu).getAllByRole('button').map((b) => b.textContent!.trim())).toEqual(['⇪ Open HAR', 'Save HAR', 'Copy report', 'Save report']);
    expect(document.activeElement).toBe(within(menu).getAllByRole('button')[0]);
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(screen.queryByRole('group', { name: 'Open and save HAR files, reports' })).toBeNull();
    expect(document.activeElement).toBe(toggle);
  });
});
