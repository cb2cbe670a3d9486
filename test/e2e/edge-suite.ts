import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectAll } from '../../src/core/inspect-all.js';
import { startEdgeMock, type EdgeMockServer } from '../../src/demo/edge/edge-server.js';
import { startDemoServer, type DemoServer } from '../../src/demo/server.js';
import { callsOf, panelRows, waitForSettledCalls, waitUntil } from './support/captured.js';
import type { Harness } from './support/harness.js';

/**
 * The real Web SDK (@adobe/alloy, its streamingMedia component) sending streaming media events
 * from the demo player page (its Media Edge scenarios, as `npm start` shows them) to a local
 * mock Edge over TLS, with the extension loaded: every media call it sends is captured, and
 * judged by the same rules as the Media Collection API's.
 */
export function edgeSuite(launch: (mock: EdgeMockServer) => Promise<Harness>): void {
  describe('with the real Web SDK and a mock Edge (Media Edge API)', () => {
    let mock: EdgeMockServer;
    let demo: DemoServer;
    let harness: Harness;

    beforeAll(async () => {
      mock = await startEdgeMock();
      demo = await startDemoServer();
      harness = await launch(mock);
    });
    afterAll(async () => {
      await harness?.close();
      await demo?.close();
      await mock?.close();
    });

    async function play(scenario: string) {
      const before = mock.received.length;
      const tab = await harness.openTab(demo.url);
      const { sent } = await tab.evaluate<{ sent: number }>(`window.runEdgeScenario(${JSON.stringify(scenario)})`);
      const received = mock.received.slice(before);
      const entries = await waitForSettledCalls(harness, tab.tabId, received.length);
      return { tab, sent, received, calls: callsOf(entries).map((e) => e.call) };
    }

    it('captures a clean Web SDK session call for call, marked Media Edge, with no error', async () => {
      const { tab, sent, received, calls } = await play('edge-clean');
      // createMediaSession's interact call and one /va/v1 call per event: all media, all kept.
      expect(received.length).toBe(sent);
      expect(calls).toHaveLength(sent);
      expect(calls.map((c) => new URL(c.url).pathname)).toEqual(received.map((r) => r.path));
      expect(calls[0]!.url).toContain('/ee/v1/interact');
      // The session keeps the location hint the Edge gave it.
      expect(calls.slice(1).every((c) => c.url.includes('/ee/or2/va/v1/'))).toBe(true);
      const inspector = inspectAll(calls);
      expect(calls.flatMap((c) => inspector.findingsOf(c.id)).filter((f) => f.severity === 'error')).toEqual([]);
      expect(inspector.sessions()).toMatchObject([{ api: 'media-edge', link: { by: 'first-event' }, locationHint: 'or2', callIds: calls.map((c) => c.id) }]);
      expect(await harness.badgeText(tab.tabId)).toBe('');
      await tab.close();
    });

    it('flags ads sent outside an ad break, in the panel and on the badge', async () => {
      const { tab, sent, calls } = await play('edge-ads-outside-break');
      expect(calls).toHaveLength(sent);
      await waitUntil(async () => (await harness.badgeText(tab.tabId)) === '2', () => 'the badge to count the 2 stray ad events');
      const panel = await harness.openPanel(tab.tabId);
      await waitUntil(async () => (await panelRows(panel)).length === sent, () => `the panel to list the ${sent} calls`);
      const rows = await panelRows(panel);
      expect(rows.filter((r) => r.rules.includes('ad-outside-break')).map((r) => r.eventType)).toEqual(['adStart', 'adComplete']);
      expect(rows[0]!.eventType).toBe('sessionStart');
      const marks = await panel.evaluate<string[]>(`[...document.querySelectorAll('.session[data-api]')].map((s) => s.dataset.api + ' ' + (s.dataset.link ?? ''))`);
      expect(marks).toEqual(['media-edge first-event']);
      await panel.close();
      await tab.close();
    });
  });
}
