import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectAll } from '../../src/core/inspect-all.js';
import { sidFromLocation } from '../../src/core/classify.js';
import { startDemoServer, type DemoRequestRecord, type DemoServer } from '../../src/demo/server.js';
import { callsOf, waitForSettledCalls } from './support/captured.js';
import type { Harness } from './support/harness.js';

/**
 * The demo player's scenarios, clicked through in a real page with the extension loaded: what
 * the server received is what the extension captured, and the findings are the right ones.
 */
export function demoSuite(launch: () => Promise<Harness>): void {
  describe('with the demo server and player', () => {
    let server: DemoServer;
    let harness: Harness;
    let log: DemoRequestRecord[] = [];

    beforeAll(async () => {
      server = await startDemoServer({ port: 0, onRequest: (r) => log.push(r) });
      harness = await launch();
    });
    afterAll(async () => {
      await harness?.close();
      await server?.close();
    });

    async function play(scenario: string) {
      log = [];
      const tab = await harness.openTab(server.url);
      const result = await tab.evaluate<{ sent: number; sid?: string }>(`window.runScenario(${JSON.stringify(scenario)}, { msPerSecond: 2 })`);
      const apiCalls = log.filter((r) => r.method === 'POST' && (r.kind === 'sessions' || r.kind === 'events'));
      const entries = await waitForSettledCalls(harness, tab.tabId, apiCalls.length);
      const calls = callsOf(entries).map((e) => e.call);
      return { tab, result, apiCalls, calls };
    }

    it('captures the clean scenario call for call, linked by sid, with no error', async () => {
      const { tab, result, apiCalls, calls } = await play('clean');
      expect(calls).toHaveLength(apiCalls.length);
      expect(calls.map((c) => c.requestBody.kind === 'text' && c.requestBody.text)).toEqual(apiCalls.map((r) => r.body));
      expect(calls.map((c) => c.status)).toEqual(apiCalls.map((r) => r.status));
      expect(sidFromLocation(calls[0]!)).toBe(result.sid);
      const inspector = inspectAll(calls);
      expect(inspector.sessions()).toMatchObject([{ sid: result.sid, startSeen: true, errors: 0 }]);
      expect(await harness.badgeText(tab.tabId)).toBe('');
      await tab.close();
    });

    it('flags the adStart and adComplete of the ads-outside-break scenario, and badges 2 errors', async () => {
      const { tab, apiCalls, calls } = await play('ads-outside-break');
      expect(calls).toHaveLength(apiCalls.length);
      const inspector = inspectAll(calls);
      const flagged = calls.filter((c) => inspector.findingsOf(c.id).some((f) => f.rule === 'ad-outside-break'));
      expect(flagged.map((c) => JSON.parse((c.requestBody as { text: string }).text).eventType)).toEqual(['adStart', 'adComplete']);
      expect(await harness.badgeText(tab.tabId)).toBe('2');
      await tab.close();
    });

    it('keeps the 400, 404 and 410 answers of the invalid and expired scenarios', async () => {
      for (const scenario of ['invalid-bodies', 'expired']) {
        const { tab, apiCalls, calls } = await play(scenario);
        expect(calls.map((c) => c.status).sort()).toEqual(apiCalls.map((r) => r.status).sort());
        await tab.close();
      }
    });
  });
}
