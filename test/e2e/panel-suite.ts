import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiServer } from './support/api-server.js';
import { eventsPath, sessionStart, sidOf } from './support/bodies.js';
import { panelRows, panelState, waitUntil, type PanelRow } from './support/captured.js';
import type { BrowserTab, Harness } from './support/harness.js';
import { record } from './support/measure.js';
import { ROOT } from './support/paths.js';
import { FIRST_STORED_ID, storedCalls } from './support/stored-calls.js';

const SHOTS = resolve(ROOT, 'test-results');
/** A name with markup in it: the panel must show it as text. */
const FILM = 'Panel film <b>bold</b>';
const FILM_SESSION = `.session[data-name=${JSON.stringify(FILM)}]`;

/**
 * The panel against real traffic: one session with an ad outside any ad break, one whose start
 * was never captured, a refused body. Written once, run in each browser by the capture suite.
 * Each `it` is one behaviour on the same captured tab (set up once), and sets up what it needs
 * itself (which session is picked, which call is open), so a failure names what broke and
 * does not take the steps after it down too.
 */
export function panelTests(
  env: () => { harness: Harness; server: ApiServer; pageUrl: () => string },
  /** The 10,000-call tab runs in Chromium only, where `npm run bench` measures it too; Firefox would double the run. */
  options: { scale: boolean } = { scale: false },
): void {
  describe('a tab with an ad outside a break, a session with no start and a refused body', () => {
    let harness: Harness;
    let tab: BrowserTab;
    let panel: BrowserTab;
    /** [event type, status] of every call, in the order sent. */
    let expected: string[][];
    let rows: PanelRow[];
    let stray: PanelRow;
    let good: PanelRow;

    beforeAll(async () => {
      await mkdir(SHOTS, { recursive: true });
      harness = env().harness;
      tab = await harness.openTab(env().pageUrl());
      panel = await harness.openPanel(tab.tabId);
      const t0 = Date.now();
      const at = (s: number) => ({ ts: t0 + s * 1000 });
      const post = (path: string, body: unknown) => tab.evaluate<{ status: number; location: string | null }>(`api.post(${JSON.stringify(path)}, ${JSON.stringify(body)})`);
      const event = (eventType: string, s: number, params?: object) => ({ eventType, playerTime: { playhead: s, ...at(s) }, ...(params ? { params } : {}) });
      const ad = (id: string) => ({ 'media.ad.id': id, 'media.ad.length': 15, 'media.ad.podPosition': 1, 'media.ad.playerName': 'e2e-player' });

      const start = sessionStart(FILM) as { playerTime: { ts: number } };
      start.playerTime.ts = t0;
      const sid = sidOf((await post('/api/v1/sessions', start)).location);
      const events = eventsPath(sid);
      const script: Array<[string, unknown, string]> = [
        [events, event('play', 1), '204'],
        [events, event('adStart', 5, ad('stray-ad')), '204'],
        [events, event('adComplete', 20), '204'],
        [events, event('adBreakStart', 25, { 'media.ad.podIndex': 1, 'media.ad.podSecond': 25 }), '204'],
        [events, event('adStart', 25, ad('good-ad')), '204'],
        [events, event('adComplete', 40), '204'],
        [events, event('adBreakComplete', 40), '204'],
        [events, event('play', 41), '204'],
        [events, event('ping', 50), '204'],
        [events, event('pauseStart', 55), '204'],
        [events, '{"eventType": "play", ', '400'],
        [eventsPath('never-started'), event('play', 3), '404'],
      ];
      for (const [path, body] of script) await post(path, body);
      expected = [['sessionStart', '201'], ...script.map(([, body, status]) => [typeof body === 'string' ? '(not JSON)' : (body as { eventType: string }).eventType, status])];
      await waitUntil(async () => (rows = await panelRows(panel)).filter((r) => r.status !== 'pending').length === expected.length, () => `the panel to list all ${expected.length} calls, settled; it lists ${JSON.stringify(rows?.map((r) => [r.eventType, r.status]))}`);
      stray = rows[2]!;
      good = rows[5]!;
    });
    afterAll(async () => {
      await panel?.close();
      await tab?.close();
    });

    it('lists every call in the order sent, with its status', () => {
      expect(rows.map((r) => [r.eventType, r.status])).toEqual(expected);
    });

    it('names the sessions by their start, as text; the one with no start says so', async () => {
      let listed: SessionEntry[] = [];
      await waitUntil(async () => (listed = await sessions(panel)).length === 2, () => `two sessions in the list, not ${JSON.stringify(listed)}`);
      expect(listed).toContainEqual({ name: FILM, state: 'active', startSeen: 'true', boldElements: 0 });
      expect(listed.find((s) => s.startSeen === 'false')?.name).toMatch(/start not captured/);
    });

    it('puts the ad-outside-break finding on the stray adStart, and not on the adStart inside a break', async () => {
      expect([stray.eventType, good.eventType]).toEqual(['adStart', 'adStart']);
      await waitUntil(async () => (await panelRows(panel))[2]!.rules.includes('ad-outside-break'), () => 'the ad-outside-break finding on the stray adStart');
      expect((await panelRows(panel))[5]!.rules).not.toContain('ad-outside-break');
    });

    it("draws the stray ad outside any break on its session's timeline, and the other ad inside one", async () => {
      await click(panel, FILM_SESSION);
      await waitUntil(async () => panel.evaluate<boolean>(`!!document.querySelector('.timeline [data-kind="ad-outside"][data-call-id="${stray.callId}"]')`), () => 'the stray ad on the timeline');
      expect(await panel.evaluate<boolean>(`!!document.querySelector('.timeline [data-kind="ad-outside-break"][data-call-id="${stray.callId}"]')`)).toBe(true);
      expect(await panel.evaluate<boolean>(`!!document.querySelector('.timeline .ad:not(.outside)[data-call-id="${good.callId}"]')`)).toBe(true);
      // Picking the session leaves out the 404, which belongs to the other session.
      expect(await panel.evaluate<number>(`document.querySelectorAll('tr.call').length`)).toBe(expected.length - 1);
    });

    it('opens the details of the call under a timeline mark: its findings with docs, body and parameters; row and mark selected', async () => {
      await click(panel, FILM_SESSION);
      const mark = `.timeline [data-kind="ad-outside"][data-call-id="${stray.callId}"]`;
      await waitUntil(async () => panel.evaluate<boolean>(`!!document.querySelector(${JSON.stringify(mark)})`), () => 'the stray ad on the timeline');
      await click(panel, mark);
      await waitForDetails(panel, stray.callId, 'the details of the stray adStart');
      const details = await panel.evaluate<{ rules: string[]; body: string; params: number; selectedRow: string; marker: string; docs: string[] }>(`(() => ({
        rules: [...document.querySelectorAll('.details .finding')].map((f) => f.dataset.rule),
        body: document.querySelector('.details pre.json').textContent,
        params: document.querySelectorAll('.details table.params tbody tr').length,
        selectedRow: document.querySelector('tr.call.selected')?.dataset.callId,
        marker: document.querySelector('.timeline .selected-marker')?.dataset.callId,
        docs: [...document.querySelectorAll('.details .finding[data-rule="ad-outside-break"] .docs a')].map((a) => a.href),
      }))()`);
      expect(details.rules).toContain('ad-outside-break');
      expect(details.body).toContain('"media.ad.id": "stray-ad"');
      expect(details.params).toBe(4);
      expect(details.selectedRow).toBe(stray.callId);
      expect(details.marker).toBe(stray.callId);
      expect(details.docs.length).toBeGreaterThan(0);
      await panel.screenshot?.(resolve(SHOTS, `panel-${harness.name}-light.png`));
    });

    it('moves the selection with the arrows, closes the details with Escape and opens them with Enter', async () => {
      await dblclick(panel, `tr.call[data-call-id="${stray.callId}"]`);
      await waitForDetails(panel, stray.callId, 'a double click to open the details of the stray adStart');
      await key(panel, '.call-list', 'ArrowDown');
      await waitUntil(async () => panel.evaluate<boolean>(`document.querySelector('tr.call.selected')?.dataset.callId === ${JSON.stringify(rows[3]!.callId)}`), () => 'ArrowDown to select the next call');
      await key(panel, '.call-list', 'Escape');
      await waitUntil(async () => panel.evaluate<boolean>(`!document.querySelector('.details')`), () => 'Escape to close the details');
      await key(panel, '.call-list', 'Enter');
      await waitForDetails(panel, rows[3]!.callId, 'Enter to open the details');
    });

    it('copies a call as cURL, or shows the command selected to copy by hand, and says which', async () => {
      await dblclick(panel, `tr.call[data-call-id="${stray.callId}"]`);
      await waitForDetails(panel, stray.callId, 'the details of the stray adStart');
      await panel.evaluate(`([...document.querySelectorAll('.details button')].find((b) => b.textContent === 'Copy as cURL').click(), true)`);
      let said = '';
      await waitUntil(async () => (said = await panel.evaluate<string>(`[...document.querySelectorAll('.details [role=status]')].map((s) => s.textContent).join('')`)) !== '', () => 'the panel to say what the copy did');
      const manual = await panel.evaluate<{ value: string; selected: string; focused: boolean } | null>(`(() => {
        const field = document.querySelector('.details textarea');
        return field && { value: field.value, selected: field.value.slice(field.selectionStart, field.selectionEnd), focused: document.activeElement === field };
      })()`);
      record(harness.name, 'copy as cURL from a script-dispatched click', { copied: manual ? 0 : 1 });
      if (manual) {
        expect(said).toMatch(/^The browser refused to copy here: the cURL command is selected below/);
        expect(manual.value).toMatch(/^curl 'http:\/\/127\.0\.0\.1:\d+\/api\/v1\/sessions\/\w+\/events' -X 'POST' .*stray-ad/);
        expect(manual).toMatchObject({ selected: manual.value, focused: true });
      } else {
        expect(said).toBe('Copied the cURL command.');
      }
    });

    it('finds a value inside a body with the text filter', async () => {
      await panel.evaluate(`(() => { const i = document.querySelector('.text-filter'); i.value = 'good-ad'; i.dispatchEvent(new Event('input', { bubbles: true })); return true; })()`);
      let shown: PanelRow[] = [];
      await waitUntil(async () => (shown = await panelRows(panel)).length === 1, () => `the text filter to leave one call, not ${shown.length}`);
      expect(shown[0]!.callId).toBe(good.callId);
    });

    it('shows the same, dark, in the dark theme', async () => {
      const dark = await harness.openPanel(tab.tabId, '&theme=dark');
      try {
        await waitUntil(async () => (await sessions(dark)).length === 2, () => 'the dark panel to list the sessions');
        await click(dark, FILM_SESSION);
        await waitUntil(async () => dark.evaluate<boolean>(`!!document.querySelector('.timeline [data-kind="ad-outside"]')`), () => 'the dark timeline');
        await click(dark, `.timeline [data-kind="ad-outside"]`);
        await waitUntil(async () => dark.evaluate<boolean>(`!!document.querySelector('.details')`), () => 'the dark details');
        expect(await dark.evaluate<string>(`getComputedStyle(document.body).backgroundColor`)).toBe('rgb(32, 33, 36)');
        await dark.screenshot?.(resolve(SHOTS, `panel-${harness.name}-dark.png`));
      } finally {
        await dark.close();
      }
    });
  });

  if (options.scale) describe('a tab of 10,000 stored calls, opened cold', () => {
    const count = 10_000;
    let harness: Harness;
    let tab: BrowserTab;
    let panel: BrowserTab;
    let opened: number;
    /** The first moment rows were on screen while the rest was still arriving. */
    let early: { rows: number; listed: number; loading: string; lastRow: string; duration: string } | 'missed';
    let live: { status: number };
    let sentWhileLoading: boolean;

    beforeAll(async () => {
      await mkdir(SHOTS, { recursive: true });
      harness = env().harness;
      tab = await harness.openTab(env().pageUrl());
      // The tab's 10,000 calls stored as capture stores them, then the background restarted so it
      // rebuilds the tab from storage (a cold start: the slowest way a panel opens).
      await harness.writeStorage(storedCalls(tab.tabId, count));
      await harness.stopBackground();
      opened = Date.now();
      panel = await harness.openPanel(tab.tabId);
      early = await panel.evaluate(`new Promise((resolve) => {
        const look = () => {
          const loading = document.querySelector('.loading');
          const rows = document.querySelectorAll('tr.call');
          const listed = Number(document.querySelector('.count')?.dataset.calls ?? 0);
          const duration = document.querySelector('.session[data-session-key] .duration')?.textContent ?? '';
          if (loading && rows.length > 0) resolve({ rows: rows.length, listed, loading: loading.textContent, lastRow: rows[rows.length - 1].dataset.callId, duration });
          else if (listed === ${count}) resolve('missed');
          else return false;
          return true;
        };
        if (!look()) new MutationObserver((_, observer) => look() && observer.disconnect()).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      })`);
      // A call the page sends now, while the panel is still loading.
      live = await tab.evaluate<{ status: number }>(`api.post('/api/v1/sessions/live-sid/events', { eventType: 'ping', playerTime: { playhead: 1, ts: Date.now() } })`);
      sentWhileLoading = await panel.evaluate<boolean>(`!!document.querySelector('.loading')`);
    });
    afterAll(async () => {
      await panel?.close();
      await tab?.close();
    });

    it('shows its newest rows while the rest loads, and says how far it is', () => {
      expect(early).not.toBe('missed');
      if (early === 'missed') return;
      expect(early.listed).toBeLessThan(count);
      expect(early.loading).toMatch(/^Loading [\d,]+ of 10,000 calls…$/);
      // The newest call first: the panel opens at the end of the list.
      expect(early.lastRow).toBe(String(FIRST_STORED_ID + count - 1));
    });

    it('gives no session length from part of its calls', () => {
      expect(early !== 'missed' && early.duration).toBe('…');
    });

    it('loses no call the page sends while it loads, and lists it last', async () => {
      expect(live.status).toBe(404);
      await waitUntil(async () => (await panelState(panel)).calls === count + 1, () => `${count + 1} calls listed`, 60_000);
      const openToListedMs = Date.now() - opened;
      await waitUntil(async () => panel.evaluate<boolean>(`!document.querySelector('.loading')`), () => 'the progress message to go away');
      const liveRow = await panel.evaluate<{ eventType: string; status: string; sid: string } | undefined>(`(() => {
        const last = [...document.querySelectorAll('tr.call')].at(-1);
        return last && { eventType: last.dataset.eventType, status: last.dataset.status, sid: last.dataset.sid };
      })()`);
      expect(liveRow).toEqual({ eventType: 'ping', status: '404', sid: 'live-sid' });
      const firstRowsMs = await panel.evaluate<number>(`performance.getEntriesByName('mci:first-rows')[0]?.startTime ?? -1`);
      expect(firstRowsMs).toBeGreaterThan(0);
      record(harness.name, 'panel with 10,000 stored calls, cold: opening', {
        calls: count,
        firstRowsMs: Math.round(firstRowsMs),
        openToListedMs,
        liveCallSentWhileLoading: sentWhileLoading ? 1 : 0,
      });
    });

    it('gives the session its length once every call is in', async () => {
      await waitUntil(async () => !(await panel.evaluate<boolean>(`!!document.querySelector('.loading')`)), () => 'every call to be in');
      // The span of the 10,000 calls' ts, one second apart.
      expect(await panel.evaluate<string>(`document.querySelector('.session[data-session-key="s1"] .duration')?.textContent ?? ''`)).toBe('2 h 46 min');
    });

    it('keeps only a few dozen rows in the DOM, and scrolls from the first call to the last', async () => {
      await waitUntil(async () => (await panelState(panel)).calls === count + 1, () => `${count + 1} calls listed`, 60_000);
      const rendered = await panel.evaluate<number>(`document.querySelectorAll('tr.call').length`);
      expect(rendered).toBeGreaterThan(0);
      expect(rendered).toBeLessThan(100);
      const scroll = await panel.evaluate<{ ms: number; first: string; last: string }>(`(async () => {
        const list = document.querySelector('.call-list');
        const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
        list.scrollTop = 0;
        await frame();
        await frame();
        const first = document.querySelector('tr.call')?.dataset.callId;
        const steps = 40;
        const t = performance.now();
        for (let i = 1; i <= steps; i++) {
          list.scrollTop = (list.scrollHeight * i) / steps;
          await frame();
        }
        await frame();
        const ms = (performance.now() - t) / steps;
        return { ms, first, last: [...document.querySelectorAll('tr.call')].at(-1)?.dataset.eventType + ' ' + [...document.querySelectorAll('tr.call')].at(-1)?.dataset.sid };
      })()`);
      expect(scroll.first).toBe(String(FIRST_STORED_ID));
      expect(scroll.last).toBe('ping live-sid');
      record(harness.name, 'panel with 10,000 stored calls, cold: scrolling', { rowsInDom: rendered, msPerScrollFrame: Math.round(scroll.ms * 10) / 10 });
    });

    it('shows a row at both edges of its view at every frame of a wheel-like scroll', async () => {
      // It renders again only when the rows it has no longer cover the view.
      const gaps = await panel.evaluate<string[]>(`(async () => {
        const list = document.querySelector('.call-list');
        const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
        const box = list.getBoundingClientRect();
        const header = list.querySelector('thead').getBoundingClientRect().height;
        const gaps = [];
        list.scrollTop = list.scrollHeight / 2;
        await frame();
        for (let i = 0; i < 40; i++) {
          list.scrollTop += (i < 20 ? 1 : -1) * 3 * 22;
          await frame();
          for (const y of [box.top + header + 3, box.bottom - 3]) {
            if (!document.elementFromPoint(box.left + 20, y)?.closest('tr.call')) gaps.push(i + ' at ' + Math.round(y));
          }
        }
        return gaps;
      })()`);
      expect(gaps).toEqual([]);
      await panel.evaluate(`(document.querySelector('.call-list').scrollTop = 1e9, new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))).then(() => true))`);
      await panel.screenshot?.(resolve(SHOTS, `panel-${harness.name}-10000-light.png`));
    });

    it('opens again on the running background (warm), dark, with every call', async () => {
      const dark = await harness.openPanel(tab.tabId, '&theme=dark');
      try {
        await waitUntil(async () => (await panelState(dark)).calls === count + 1 && (await dark.evaluate<boolean>(`!document.querySelector('.loading')`)), () => 'the dark panel to list every call');
        await dark.screenshot?.(resolve(SHOTS, `panel-${harness.name}-10000-dark.png`));
      } finally {
        await dark.close();
      }
    });

    // Last, and also what frees the storage for the storage-quota test.
    it("empties the tab's storage with Clear", async () => {
      await panel.evaluate(`(document.querySelector('.toolbar button.clear').click(), true)`);
      await waitUntil(async () => Object.keys(await harness.readStorage()).every((k) => !k.includes(':' + tab.tabId + ':')), () => 'the stored calls to be cleared');
    });
  });
}

interface SessionEntry {
  name: string;
  state: string;
  startSeen: string;
  boldElements: number;
}

/** Waits until the details show call `callId`; `what` names what should have opened them. */
function waitForDetails(panel: BrowserTab, callId: string, what: string): Promise<void> {
  let shown: string | null = null;
  return waitUntil(
    async () => (shown = await panel.evaluate<string | null>(`document.querySelector('.details')?.dataset.callId ?? null`)) === callId,
    () => `${what} (they show ${shown === null ? 'no call' : 'call ' + shown}, not call ${callId})`,
  );
}

function sessions(panel: BrowserTab): Promise<SessionEntry[]> {
  return panel.evaluate(`[...document.querySelectorAll('.session[data-session-key]')].map((s) => ({
    name: s.querySelector('.session-name').textContent, state: s.dataset.state, startSeen: s.dataset.startSeen, boldElements: s.querySelectorAll('b').length,
  }))`);
}

/** Dispatches a mouse event on the first element matching `selector`; fails naming the selector when there is none. */
function mouse(panel: BrowserTab, type: 'click' | 'dblclick', selector: string): Promise<unknown> {
  return panel.evaluate(`(() => { const el = document.querySelector(${JSON.stringify(selector)}); if (!el) throw new Error('no ' + ${JSON.stringify(selector)}); el.dispatchEvent(new MouseEvent(${JSON.stringify(type)}, { bubbles: true })); return true; })()`);
}

const click = (panel: BrowserTab, selector: string) => mouse(panel, 'click', selector);
const dblclick = (panel: BrowserTab, selector: string) => mouse(panel, 'dblclick', selector);

function key(panel: BrowserTab, selector: string, name: string): Promise<unknown> {
  return panel.evaluate(`(() => { const el = document.querySelector(${JSON.stringify(selector)}); el.focus(); el.dispatchEvent(new KeyboardEvent('keydown', { key: ${JSON.stringify(name)}, bubbles: true })); return true; })()`);
}
