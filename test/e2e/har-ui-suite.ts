import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readHar } from '../../src/core/har/read-har.js';
import { reportHar, type FileReport } from '../../src/core/report/file-report.js';
import { summarizeCall } from '../../src/panel/call-summary.js';
import { startApiServer, type ApiServer } from './support/api-server.js';
import { eventsPath, playerEvent, sessionStart, sidOf } from './support/bodies.js';
import { panelRows, waitUntil } from './support/captured.js';
import { fileOf, generatedHarFile } from './support/har-import-page.js';
import { downloadThrough, dropOnPanel, FILE_INPUT, pickSession, shownFiles, shownSessions, waitForFile, type Download } from './support/har-ui-page.js';
import type { BrowserTab, Harness } from './support/harness.js';
import { ROOT } from './support/paths.js';

const FIXTURES = resolve(ROOT, 'test/fixtures/har');
const LIVE_FILM = 'Round trip film';

/**
 * HAR files in and out of the panel as a person uses them, in the built extension: files chosen
 * in the panel's own file input and dropped on it, a live session saved as HAR and opened again,
 * with the same findings in the live list, the reopened file and the command line; a file that
 * is not a HAR; a 50 MB file that loads with progress while the panel keeps drawing frames.
 */
export function harUiSuite(launch: () => Promise<Harness>): void {
  describe('HAR files in and out of the panel', () => {
    let harness: Harness;
    let server: ApiServer;
    let panel: BrowserTab;
    let dir: string;

    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'mci-har-ui-'));
      server = await startApiServer();
      harness = await launch();
      const tab = await harness.openTab(`${server.url}page`);
      // A live session with an ad outside any ad break: findings to carry through the round trip.
      const post = (path: string, body: unknown) => tab.evaluate<{ location: string | null }>(`api.post(${JSON.stringify(path)}, ${JSON.stringify(body)})`);
      const sid = sidOf((await post('/api/v1/sessions', sessionStart(LIVE_FILM))).location);
      const ad = { 'media.ad.id': 'stray', 'media.ad.length': 15, 'media.ad.podPosition': 1, 'media.ad.playerName': 'e2e-player' };
      for (const body of [playerEvent('play', 0), { ...playerEvent('adStart', 5), params: ad }, playerEvent('adComplete', 20), playerEvent('ping', 30), playerEvent('sessionEnd', 40)]) {
        await post(eventsPath(sid), body);
      }
      panel = await harness.openPanel(tab.tabId, '&theme=light');
      await panel.setViewport(1200, 800);
      await waitUntil(async () => (await panelRows(panel)).length === 6 && (await panelRows(panel)).every((r) => r.status !== ''), () => 'the panel to list the 6 live calls, settled');
    });
    afterAll(async () => {
      await harness?.close();
      await server?.close();
      await rm(dir, { recursive: true, force: true });
    });

    it('opens files chosen in its own file input, each session marked with its file and judged as the command line judges it', async () => {
      const names = ['chrome-network-panel', 'charles-proxy'];
      await panel.setInputFiles(FILE_INPUT, names.map((n) => join(FIXTURES, `${n}.har`)));
      for (const name of names) {
        await waitForFile(panel, `${name}.har`);
        const cli = reportHar(`${name}.har`, await readFixture(name));
        const sessions = (await shownSessions(panel)).filter((s) => s.importedFrom === `${name}.har`);
        expect(sessions.map((s) => [s.errors, s.warnings])).toEqual(cli.sessions.map((s) => count(s.findings)));
        await pickSession(panel, sessions[0]!.key);
        expect(await rulesShown(panel)).toEqual(rulesByCall(cli, 0));
      }
      expect(await panel.evaluate<string>(`document.querySelector('.imported-files .kept-note').textContent`)).toBe('Imported files are kept only while DevTools is open.');
      // The live session is still there, unmarked.
      expect((await shownSessions(panel)).filter((s) => s.importedFrom === '').map((s) => s.name)).toEqual([LIVE_FILM]);
    });

    it('opens a file dropped on it, showing the drop target while the file is over it', async () => {
      const name = 'firefox-network-monitor';
      const shown = await panel.evaluate<boolean>(dropOnPanel(fileOf(`${name}.har`, await readFixture(name))));
      expect(shown).toBe(true);
      await waitForFile(panel, `${name}.har`);
      expect(await panel.evaluate<boolean>(`!document.querySelector('.drop-target')`)).toBe(true);
      const cli = reportHar(`${name}.har`, await readFixture(name));
      const sessions = (await shownSessions(panel)).filter((s) => s.importedFrom === `${name}.har`);
      expect(sessions.map((s) => [s.errors, s.warnings])).toEqual(cli.sessions.map((s) => count(s.findings)));
    });

    it('says in one message that a file is not a HAR, and loses nothing already shown', async () => {
      const before = await shownSessions(panel);
      const path = join(dir, 'notes.txt');
      await writeFile(path, 'These are not the calls you are looking for.');
      await panel.setInputFiles(FILE_INPUT, [path]);
      await waitUntil(() => panel.evaluate<boolean>(`document.querySelectorAll('.file-message').length === 1`), () => 'the message about notes.txt');
      expect(await panel.evaluate<string>(`document.querySelector('.file-message[role="alert"]').textContent`)).toMatch(/^notes\.txt cannot be opened: not JSON \(.+\); a HAR file is JSON with log\.entries\./);
      expect(await shownSessions(panel)).toEqual(before);
      await panel.evaluate(`(document.querySelector('.file-message .dismiss').click(), true)`);
    });

    it('round trip: the live session saved as HAR, opened again and read by the command line gives the same findings all four ways', async () => {
      const live = (await shownSessions(panel)).find((s) => s.importedFrom === '')!;
      await pickSession(panel, live.key);
      const liveRules = await rulesShown(panel);
      expect(liveRules.some(([type, rules]) => type === 'adStart' && rules.includes('ad-outside-break'))).toBe(true);

      const saved = await panel.evaluate<Download>(downloadThrough('.save-har'));
      expect(saved).toMatchObject({ hrefScheme: 'blob:', type: 'application/json', name: expect.stringMatching(/^media-collection-Round-trip-film-\d{4}-\d\d-\d\d\.har$/) });
      const har = JSON.parse(saved.text);
      expect(har.log).toMatchObject({ version: '1.2', creator: { name: 'Media Collection Inspector' } });
      const entries = har.log.entries as { request: { postData?: { text: string } }; response: { status: number; headers: { name: string; value: string }[] } }[];
      expect(entries.map((e) => e.response.status)).toEqual([201, 204, 204, 204, 204, 204]);
      expect(entries[0]!.response.headers).toContainEqual({ name: expect.stringMatching(/^location$/i), value: expect.stringMatching(/\/api\/v1\/sessions\/\w+$/) });
      expect(JSON.parse(entries[2]!.request.postData!.text)).toMatchObject({ eventType: 'adStart' });
      expect(readHar(saved.text).calls).toHaveLength(6);

      const path = join(dir, 'exported.har');
      await writeFile(path, saved.text);
      await panel.setInputFiles(FILE_INPUT, [path]);
      await waitForFile(panel, 'exported.har');
      const reopened = (await shownSessions(panel)).find((s) => s.importedFrom === 'exported.har')!;
      expect([reopened.errors, reopened.warnings]).toEqual([live.errors, live.warnings]);
      await pickSession(panel, reopened.key);
      const reopenedRules = await rulesShown(panel);
      const cli = reportHar('exported.har', saved.text);
      expect(reopenedRules).toEqual(liveRules);
      expect(rulesByCall(cli, 0)).toEqual(liveRules);

      // The report of the reopened session, saved as Markdown: the command line's verdict.
      const report = await panel.evaluate<Download>(downloadThrough('.save-report'));
      expect(report.name).toMatch(/\.md$/);
      expect(report.type).toBe('text/markdown');
      expect(report.text).toContain('## exported.har');
      expect(report.text).toMatch(/\*\*Verdict: FAIL\*\*/);

      // Copied: the panel says which way worked, or shows the report to copy by hand, selected.
      await panel.evaluate(`(document.querySelector('.toolbar button.export').click(), true)`);
      await waitUntil(() => panel.evaluate<boolean>(`!!document.querySelector('.overflow-popup .copy-report')`), () => 'the Export menu');
      await panel.evaluate(`(document.querySelector('.overflow-popup .copy-report').click(), true)`);
      await waitUntil(() => panel.evaluate<boolean>(`!!document.querySelector('.file-notice[data-route]')`), () => 'the copy to be reported');
      const copy = await panel.evaluate<{ route: string; text: string; manual?: string }>(`(() => {
        const n = document.querySelector('.file-notice');
        const field = n.querySelector('textarea');
        return { route: n.dataset.route, text: n.querySelector('.file-notice-text').textContent, manual: field && field.value.slice(field.selectionStart, field.selectionEnd) };
      })()`);
      console.log(`[measure] ${harness.name} | Copy report | route=${copy.route}`);
      if (copy.route === 'refused') expect(copy.manual).toBe(report.text);
      else expect(copy.text).toMatch(/^Copied the Markdown report of “/);
    });

    it('loads a 50 MB HAR with progress, drawing frames all along, and can stop one', async () => {
      // Frames drawn and progress seen while the file loads, counted on the page.
      await panel.evaluate(`(() => {
        const watch = window.__watch = { frames: 0, framesAtFirstProgress: -1, framesAtDone: -1, progress: [] };
        const frame = () => { watch.frames++; if (watch.framesAtDone < 0) requestAnimationFrame(frame); };
        requestAnimationFrame(frame);
        new MutationObserver(() => {
          const p = document.querySelector('.imported-file[data-status="loading"] .import-progress');
          if (p) {
            if (watch.framesAtFirstProgress < 0) watch.framesAtFirstProgress = watch.frames;
            const last = watch.progress.at(-1);
            const now = p.dataset.phase + ' ' + p.dataset.percent;
            if (last !== now) watch.progress.push(now);
          }
          if (watch.framesAtDone < 0 && [...document.querySelectorAll('.imported-file[data-status="done"] .file-name')].some((n) => n.textContent === 'generated.har')) watch.framesAtDone = watch.frames;
        }).observe(document.querySelector('.panel'), { subtree: true, childList: true, attributes: true, characterData: true });
        return true;
      })()`);
      expect(await panel.evaluate<boolean>(dropOnPanel(generatedHarFile(50)))).toBe(true);
      await waitForFile(panel, 'generated.har', 120_000);
      const watch = await panel.evaluate<{ frames: number; framesAtFirstProgress: number; framesAtDone: number; progress: string[] }>('window.__watch');
      expect(watch.framesAtFirstProgress).toBeGreaterThanOrEqual(0);
      // The page drew frames between the first progress shown and the file loaded: it kept answering.
      expect(watch.framesAtDone).toBeGreaterThan(watch.framesAtFirstProgress + 1);
      const phases = new Set(watch.progress.map((p) => p.split(' ')[0]));
      expect(phases.has('inspecting')).toBe(true);
      expect(watch.progress.length).toBeGreaterThan(2);
      const generated = (await shownSessions(panel)).filter((s) => s.importedFrom === 'generated.har');
      expect(generated.length).toBeGreaterThan(10);

      // Removed, it goes; opened again and cancelled, nothing of it stays.
      await panel.evaluate(`(document.querySelector('.imported-file[data-status="done"] .remove-import[aria-label="Remove generated.har"]').click(), true)`);
      await waitUntil(async () => !(await shownSessions(panel)).some((s) => s.importedFrom === 'generated.har'), () => 'generated.har removed');
      const before = await shownSessions(panel);
      await panel.evaluate(dropOnPanel(generatedHarFile(20)));
      await waitUntil(async () => (await shownFiles(panel)).some((f) => f.name === 'generated.har' && f.status === 'loading'), () => 'generated.har loading');
      await panel.evaluate(`(document.querySelector('.imported-file[data-status="loading"] .cancel-import').click(), true)`);
      await waitUntil(() => panel.evaluate<boolean>(`[...document.querySelectorAll('.file-message')].some((m) => m.textContent.startsWith('Stopped opening generated.har'))`), () => 'the cancel to be confirmed');
      expect(await shownSessions(panel)).toEqual(before);
      expect((await shownFiles(panel)).map((f) => f.name)).not.toContain('generated.har');
    });
  });
}

function readFixture(name: string): Promise<string> {
  return import('node:fs/promises').then((fs) => fs.readFile(join(FIXTURES, `${name}.har`), 'utf8'));
}

function count(findings: { severity: string }[]): [number, number] {
  return [findings.filter((f) => f.severity === 'error').length, findings.filter((f) => f.severity === 'warning').length];
}

/** The picked session's calls in list order: [event type, its findings' rules sorted]. */
async function rulesShown(panel: BrowserTab): Promise<[string, string[]][]> {
  return (await panelRows(panel)).map((r) => [r.eventType, r.rules.split(' ').filter(Boolean).sort()]);
}

/** The command line's findings for one session of a file, per call in entry order: [event type, rules sorted]. */
function rulesByCall(report: FileReport, session: number): [string, string[]][] {
  const s = report.sessions[session]!;
  return [...s.session.callIds]
    .sort((a, b) => Number(a) - Number(b))
    .map((id) => {
      const call = report.calls.get(id)!;
      return [summarizeCall({ kind: 'call', call, resourceType: 'har' }).eventType, s.findings.filter((f) => f.callId === id).map((f) => f.rule).sort()];
    });
}
