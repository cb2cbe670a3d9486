import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportHar } from '../../src/core/report/file-report.js';
import { startApiServer, type ApiServer } from './support/api-server.js';
import { fileOf, generatedHarFile, importOnPage, type PageImport } from './support/har-import-page.js';
import type { BrowserTab, Harness } from './support/harness.js';
import { english } from '../../src/i18n/translator.js';

/** What a failed import tells the user, in English. */
const said = (result: PageImport['result']) => (result.message ? english.text(result.message) : '');

const fixture = (name: string) => readFileSync(new URL(`../fixtures/har/${name}.har`, import.meta.url), 'utf8');

/**
 * The HAR importer as the built extension ships it: on the panel page, its worker bundled into
 * the extension and started from it (which MV3's CSP must allow), the findings those of the
 * command line. The buttons and the drop target come with the panel's UI.
 */
export function harImportSuite(launch: () => Promise<Harness>): void {
  describe('HAR import on the panel page', () => {
    let harness: Harness;
    let server: ApiServer;
    let panel: BrowserTab;

    beforeAll(async () => {
      server = await startApiServer();
      harness = await launch();
      const tab = await harness.openTab(`${server.url}page`);
      panel = await harness.openPanel(tab.tabId);
    });
    afterAll(async () => {
      await harness?.close();
      await server?.close();
    });

    it.each(['firefox-network-monitor', 'charles-proxy', 'proxyman', 'chrome-network-panel'])(
      'imports %s in the bundled worker, with the findings of the command line',
      async (name) => {
        const text = fixture(name);
        const got = await panel.evaluate<PageImport>(importOnPage(fileOf(`${name}.har`, text)));
        const cli = reportHar(name, text);
        expect(got.result).toMatchObject({ status: 'done', summary: { name: `${name}.har`, sessions: cli.sessions.length, apiCalls: cli.apiCalls } });
        expect(got.workerScripts).toEqual([expect.stringMatching(/\/assets\/worker-[\w-]+\.js$/)]);
        expect(got.workerScripts[0]!.startsWith(`${got.origin}/`)).toBe(true);
        expect(got.sessions.map((s) => [s.sid, s.mediaName, s.state])).toEqual(cli.sessions.map((s) => [s.session.sid, s.session.mediaName, s.session.state]));
        const expected = cli.sessions.flatMap((s) => s.findings.map((f) => [`${got.sessions[0]!.key.split(':')[0]}:${f.callId}`, f.rule, f.severity]));
        expect(sorted(got.findings)).toEqual(sorted(expected));
        expect(got.progress.at(-1)).toMatchObject({ phase: 'inspecting', entriesInspected: cli.entries, totalEntries: cli.entries, bytesRead: new TextEncoder().encode(text).length });
      },
    );

    it('says in one message that a file is not a HAR, and delivers nothing', async () => {
      const got = await panel.evaluate<PageImport>(importOnPage(fileOf('notes.txt', 'These are not the calls you are looking for.')));
      expect(got.result.status).toBe('failed');
      expect(said(got.result)).toMatch(/^notes\.txt cannot be opened: not JSON \(.+\); a HAR file is JSON with log\.entries\.$/);
      expect(got.batches).toBe(0);
    });

    it('says so when a HAR holds no Media Collection API call', async () => {
      const har = JSON.stringify({ log: { version: '1.2', creator: { name: 'x', version: '1' }, entries: [] } });
      const got = await panel.evaluate<PageImport>(importOnPage(fileOf('empty.har', har)));
      expect(got.result.status).toBe('failed');
      expect(said(got.result)).toContain('empty.har holds no Media Collection API call');
      expect(got.batches).toBe(0);
    });

    it('loads a 30 MB HAR in batches with progress while the page keeps running its own tasks', async () => {
      const got = await panel.evaluate<PageImport>(importOnPage(generatedHarFile(30)));
      expect(got.result).toMatchObject({ status: 'done', summary: { errors: 0 } });
      const sessions = (got.result.summary as { sessions: number }).sessions;
      expect(got.sessions).toHaveLength(sessions);
      expect(got.calls).toBe(sessions * 200);
      expect(got.batches).toBeGreaterThan(5);
      // The first sessions arrive with the first batch, long before the last.
      expect(got.firstSessionBatch).toBe(0);
      // The file is read and judged together: entries inspected as its bytes come in.
      const phases = new Set(got.progress.map((p) => p.phase));
      expect([...phases]).toEqual(['reading', 'inspecting']);
      const inspecting = got.progress.filter((p) => p.phase === 'inspecting');
      expect(inspecting.length).toBeGreaterThan(5);
      expect(inspecting.map((p) => p.bytesRead)).toEqual(inspecting.map((p) => p.bytesRead).sort((a, b) => a - b));
      expect(inspecting.at(-1)!.bytesRead).toBe(inspecting.at(-1)!.totalBytes);
      // The page's own timer kept firing: the import did not hold its thread.
      expect(got.mainThreadTicks).toBeGreaterThan(got.batches);
    });

    it('cancels: the worker stops, and no batch comes after cancel()', async () => {
      const got = await panel.evaluate<PageImport>(importOnPage(generatedHarFile(20), { cancelAtEntries: 1 }));
      expect(got.result).toEqual({ status: 'cancelled' });
      expect(got.afterCancel).toBe(0);
      const total = got.progress.at(-1)!.totalEntries;
      expect(got.calls * 2).toBeLessThan(total);
    });
  });
}

function sorted(findings: (string | undefined)[][]): (string | undefined)[][] {
  return [...findings].sort((a, b) => String(a).localeCompare(String(b)));
}
