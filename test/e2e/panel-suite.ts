import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import type { ApiServer } from './support/api-server.js';
import { eventsPath, sessionStart, sidOf } from './support/bodies.js';
import { panelRows, panelState, waitUntil } from './support/captured.js';
import type { BrowserTab, Harness } from './support/harness.js';
import { record } from './support/measure.js';
import { ROOT } from './support/paths.js';
import { FIRST_STORED_ID, storedCalls } from './support/stored-calls.js';

const SHOTS = resolve(ROOT, 'test-results');
/** A name with markup in it: the panel must show it as text. */
const FILM = 'Panel film <b>bold</b>';

/**
 * The panel against real traffic: one session with an ad outside any ad break, one whose start
 * was never captured, a refused body. Written once, run in each browser by the capture suite.
 */
export function panelTests(
  env: () => { harness: Harness; server: ApiServer; pageUrl: () => string },
  /** The 10,000-call tab runs in Chromium only, where `npm run bench` measures it too; Firefox would double the run. */
  options: { scale: boolean } = { scale: false },
): void {
  it('shows every call, the sessions by name, the ad outside a break on its call and on the timeline, and a call in detail', async () => {
    const { harness, pageUrl } = env();
    const tab = await harness.openTab(pageUrl());
    const panel = await harness.openPanel(tab.tabId);
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
    const expected = [['sessionStart', '201'], ...script.map(([, body, status]) => [typeof body === 'string' ? '(not JSON)' : (body as { eventType: string }).eventType, status])];

    await waitUntil(async () => (await panelRows(panel)).filter((r) => r.status !== 'pending').length === expected.length, () => 'the panel to list every call, settled');
    const rows = await panelRows(panel);
    expect(rows.map((r) => [r.eventType, r.status])).toEqual(expected);

    // Sessions, named by their start; the one with no start says so.
    await waitUntil(async () => (await sessions(panel)).length === 2, () => 'two sessions in the list');
    const listed = await sessions(panel);
    expect(listed).toContainEqual({ name: FILM, state: 'active', startSeen: 'true', boldElements: 0 });
    expect(listed.find((s) => s.startSeen === 'false')?.name).toMatch(/start not captured/);

    // The ad outside any break: a finding on that call only.
    const stray = rows[2]!;
    const good = rows[5]!;
    await waitUntil(async () => (await panelRows(panel))[2]!.rules.includes('ad-outside-break'), () => 'the ad-outside-break finding on the stray adStart');
    expect((await panelRows(panel))[5]!.rules).not.toContain('ad-outside-break');

    // On the timeline of that session: the ad drawn outside any break, and the finding marker.
    await click(panel, `.session[data-name=${JSON.stringify(FILM)}]`);
    await waitUntil(async () => panel.evaluate<boolean>(`!!document.querySelector('.timeline [data-kind="ad-outside"][data-call-id="${stray.callId}"]')`), () => 'the stray ad on the timeline');
    expect(await panel.evaluate<boolean>(`!!document.querySelector('.timeline [data-kind="ad-outside-break"][data-call-id="${stray.callId}"]')`)).toBe(true);
    expect(await panel.evaluate<boolean>(`!!document.querySelector('.timeline .ad:not(.outside)[data-call-id="${good.callId}"]')`)).toBe(true);
    expect(await panel.evaluate<number>(`document.querySelectorAll('tr.call').length`)).toBe(expected.length - 1); // the 404 belongs to the other session

    // Clicking the mark selects the call and opens its details.
    await click(panel, `.timeline [data-kind="ad-outside"][data-call-id="${stray.callId}"]`);
    await waitUntil(async () => panel.evaluate<boolean>(`document.querySelector('.details')?.dataset.callId === ${JSON.stringify(stray.callId)}`), () => 'the details of the stray adStart');
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
    await mkdir(SHOTS, { recursive: true });
    await panel.screenshot?.(resolve(SHOTS, `panel-${harness.name}-light.png`));

    // Keyboard: arrows move, Escape closes, Enter opens.
    await key(panel, '.call-list', 'ArrowDown');
    await waitUntil(async () => panel.evaluate<boolean>(`document.querySelector('tr.call.selected')?.dataset.callId === ${JSON.stringify(rows[3]!.callId)}`), () => 'ArrowDown to select the next call');
    await key(panel, '.call-list', 'Escape');
    await waitUntil(async () => panel.evaluate<boolean>(`!document.querySelector('.details')`), () => 'Escape to close the details');
    await key(panel, '.call-list', 'Enter');
    await waitUntil(async () => panel.evaluate<boolean>(`document.querySelector('.details')?.dataset.callId === ${JSON.stringify(rows[3]!.callId)}`), () => 'Enter to open the details');

    // Filters: the text filter finds a value inside a body.
    await panel.evaluate(`(() => { const i = document.querySelector('.text-filter'); i.value = 'good-ad'; i.dispatchEvent(new Event('input', { bubbles: true })); return true; })()`);
    await waitUntil(async () => (await panelRows(panel)).length === 1, () => 'the text filter to leave one call');
    expect((await panelRows(panel))[0]!.callId).toBe(good.callId);
    await panel.close();

    // The same, dark.
    const dark = await harness.openPanel(tab.tabId, '&theme=dark');
    await waitUntil(async () => (await sessions(dark)).length === 2, () => 'the dark panel to list the sessions');
    await click(dark, `.session[data-name=${JSON.stringify(FILM)}]`);
    await waitUntil(async () => dark.evaluate<boolean>(`!!document.querySelector('.timeline [data-kind="ad-outside"]')`), () => 'the dark timeline');
    await click(dark, `.timeline [data-kind="ad-outside"]`);
    await waitUntil(async () => dark.evaluate<boolean>(`!!document.querySelector('.details')`), () => 'the dark details');
    expect(await dark.evaluate<string>(`getComputedStyle(document.body).backgroundColor`)).toBe('rgb(32, 33, 36)');
    await dark.screenshot?.(resolve(SHOTS, `panel-${harness.name}-dark.png`));
    await dark.close();
    await tab.close();
  });

  if (options.scale) it('opens a tab of 10,000 stored calls newest first, says how far it is, loses no live call, and scrolls it', async () => {
    const { harness, pageUrl } = env();
    const tab = await harness.openTab(pageUrl());
    // The tab's 10,000 calls stored as capture stores them, then the background restarted so it
    // rebuilds the tab from storage (a cold start: the slowest way a panel opens).
    const count = 10_000;
    await harness.writeStorage(storedCalls(tab.tabId, count));
    await harness.stopBackground();

    const opened = Date.now();
    const panel = await harness.openPanel(tab.tabId);
    // The first moment rows are on screen while the rest is still arriving.
    const early = await panel.evaluate<{ rows: number; listed: number; loading: string; lastRow: string; duration: string } | 'missed'>(`new Promise((resolve) => {
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
    expect(early).not.toBe('missed');
    if (early === 'missed') return;
    expect(early.listed).toBeLessThan(count);
    expect(early.loading).toMatch(/^Loading [\d,]+ of 10,000 calls…$/);
    // The newest call first: the panel opens at the end of the list.
    expect(early.lastRow).toBe(String(FIRST_STORED_ID + count - 1));
    // No session length from part of its calls.
    expect(early.duration).toBe('…');

    // A call the page sends now, while the panel is still loading, is not lost.
    const live = await tab.evaluate<{ status: number }>(`api.post('/api/v1/sessions/live-sid/events', { eventType: 'ping', playerTime: { playhead: 1, ts: Date.now() } })`);
    const stillLoading = await panel.evaluate<boolean>(`!!document.querySelector('.loading')`);
    expect(live.status).toBe(404);
    await waitUntil(async () => (await panelState(panel)).calls === count + 1, () => `${count + 1} calls listed`, 60_000);
    const openToListed = Date.now() - opened;
    await waitUntil(async () => panel.evaluate<boolean>(`!document.querySelector('.loading')`), () => 'the progress message to go away');
    const liveRow = await panel.evaluate<{ eventType: string; status: string; sid: string } | undefined>(`(() => {
      const rows = [...document.querySelectorAll('tr.call')];
      const last = rows.at(-1);
      return last && { eventType: last.dataset.eventType, status: last.dataset.status, sid: last.dataset.sid };
    })()`);
    expect(liveRow).toEqual({ eventType: 'ping', status: '404', sid: 'live-sid' });
    // Once all have arrived: the span of the 10,000 calls' ts, one second apart.
    const duration = await panel.evaluate<string>(`document.querySelector('.session[data-session-key="s1"] .duration')?.textContent ?? ''`);
    expect(duration).toBe('2 h 46 min');

    // Virtualised: a few dozen rows in the DOM, whichever part of the list is in view.
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
    // Scrolled a few rows at a time, as a wheel does, the list shows a row at both edges of its
    // view every frame (it renders again only when the rows it has no longer cover the view).
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
    const firstRows = await panel.evaluate<number>(`performance.getEntriesByName('mci:first-rows')[0]?.startTime ?? -1`);
    expect(firstRows).toBeGreaterThan(0);
    record(harness.name, 'panel with 10,000 stored calls, cold', {
      calls: count,
      firstRowsMs: Math.round(firstRows),
      openToListedMs: openToListed,
      liveCallSentWhileLoading: stillLoading ? 1 : 0,
      rowsInDom: rendered,
      msPerScrollFrame: Math.round(scroll.ms * 10) / 10,
    });
    await mkdir(SHOTS, { recursive: true });
    await panel.evaluate(`(document.querySelector('.call-list').scrollTop = 1e9, new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))).then(() => true))`);
    await panel.screenshot?.(resolve(SHOTS, `panel-${harness.name}-10000-light.png`));
    // Opened again on the running background (warm), dark.
    const dark = await harness.openPanel(tab.tabId, '&theme=dark');
    await waitUntil(async () => (await panelState(dark)).calls === count + 1 && (await dark.evaluate<boolean>(`!document.querySelector('.loading')`)), () => 'the dark panel to list every call');
    await dark.screenshot?.(resolve(SHOTS, `panel-${harness.name}-10000-dark.png`));
    await dark.close();
    // Clear, so the tab's 10,000 calls do not weigh on the storage-quota test.
    await panel.evaluate(`(document.querySelector('.toolbar button.clear').click(), true)`);
    await waitUntil(async () => Object.keys(await harness.readStorage()).every((k) => !k.includes(':' + tab.tabId + ':')), () => 'the stored calls to be cleared');
    await panel.close();
    await tab.close();
  });
}

function sessions(panel: BrowserTab): Promise<Array<{ name: string; state: string; startSeen: string; boldElements: number }>> {
  return panel.evaluate(`[...document.querySelectorAll('.session[data-session-key]')].map((s) => ({
    name: s.querySelector('.session-name').textContent, state: s.dataset.state, startSeen: s.dataset.startSeen, boldElements: s.querySelectorAll('b').length,
  }))`);
}

function click(panel: BrowserTab, selector: string): Promise<unknown> {
  return panel.evaluate(`(() => { const el = document.querySelector(${JSON.stringify(selector)}); if (!el) throw new Error('no ' + ${JSON.stringify(selector)}); el.dispatchEvent(new MouseEvent('click', { bubbles: true })); return true; })()`);
}

function key(panel: BrowserTab, selector: string, name: string): Promise<unknown> {
  return panel.evaluate(`(() => { const el = document.querySelector(${JSON.stringify(selector)}); el.focus(); el.dispatchEvent(new KeyboardEvent('keydown', { key: ${JSON.stringify(name)}, bubbles: true })); return true; })()`);
}
