import { describe, expect, it } from 'vitest';
import { waitUntil } from './support/captured.js';
import { DOCKED_SIZES, openPanelAt, openStrayAdStart, playedOnce, setPanelLanguage, SHOTS, type Theme } from './support/demo-panel.js';
import type { BrowserTab, Harness } from './support/harness.js';

/**
 * The panel at the sizes DevTools docks it, in a real browser, on the demo's "ads outside an
 * ad break" session: what the user came for stays on screen and nothing scrolls sideways.
 */
export function fitSuite(launch: () => Promise<Harness>): void {
  describe('the panel docked at any size', () => {
    const played = playedOnce(launch, 'ads-outside-break');

    for (const size of DOCKED_SIZES) {
      for (const theme of ['light', 'dark'] as const) {
        it(`at ${size.width}×${size.height}, ${theme}: the stray adStart's status, finding and message and its session's counts are on screen, nothing scrolls sideways`, async () => {
          const panel = await openPanelAt(played.harness, played.tab.tabId, size, theme);
          const callId = await openStrayAdStart(panel);
          const report = await fitReport(panel, callId);
          await panel.screenshot?.(`${SHOTS}/${played.harness.name}-${size.width}x${size.height}-${theme}.png`);
          expect(report.theme).toBe(theme);
          expect(report.visible).toEqual({ event: 'ok', status: 'ok', findings: 'ok', finding: 'ok', message: 'ok', sessionCounts: 'ok' });
          expect(report.texts.status).toContain('204');
          expect(report.texts.message).toMatch(/adStart/);
          expect(report.sessionErrors).toBeGreaterThan(0);
          expect(report.horizontal).toEqual({ page: 0, scrollers: [] });
          expect(report.list.rows).toBeGreaterThanOrEqual(size.height >= 260 ? 5 : 3);
          expect(report.smallestText, JSON.stringify(report.smallestTextAt)).toBeGreaterThanOrEqual(11);
          await panel.close();
        });
      }
    }

    // German runs about 30% longer than English, the pseudo-locale 40%: the panel docked short, narrow or wide, still holds them.
    for (const [language, count] of [['de', /Aufrufe/], ['en-XA', /⟦/]] as const) {
      for (const size of [{ width: 500, height: 250 }, { width: 1000, height: 260 }]) {
        it(`in ${language} at ${size.width}×${size.height}: the stray adStart's status, finding and message on screen, the toolbar within the panel, nothing scrolls sideways`, async () => {
          const panel = await openPanelAt(played.harness, played.tab.tabId, size, 'light');
          try {
            await setPanelLanguage(panel, language);
            expect(await panel.evaluate<string>(`document.querySelector('.toolbar .count').textContent`)).toMatch(count);
            const callId = await openStrayAdStart(panel);
            const report = await fitReport(panel, callId);
            await panel.screenshot?.(`${SHOTS}/${played.harness.name}-${size.width}x${size.height}-${language}.png`);
            expect(report.visible).toEqual({ event: 'ok', status: 'ok', findings: 'ok', finding: 'ok', message: 'ok', sessionCounts: 'ok' });
            expect(report.horizontal).toEqual({ page: 0, scrollers: [] });
            expect(await panel.evaluate<string[]>(`[...document.querySelectorAll('.toolbar > *')].filter((e) => e.getBoundingClientRect().right > innerWidth + 0.5).map((e) => e.className)`)).toEqual([]);
          } finally {
            await setPanelLanguage(panel, 'auto');
            await panel.close();
          }
        });
      }
    }

    it('docked right: details take the list\'s place, Escape brings the list back and goes no further', async () => {
      const panel = await openPanelAt(played.harness, played.tab.tabId, { width: 480, height: 800 }, 'light');
      const callId = await openStrayAdStart(panel);
      expect(await panel.evaluate<boolean>(`document.querySelector('.details').classList.contains('over') && document.activeElement === document.querySelector('.details')`)).toBe(true);
      const escape = await panel.evaluate<{ defaultPrevented: boolean; reachedDocument: boolean }>(`(() => {
        let reachedDocument = false;
        const spy = () => (reachedDocument = true);
        document.addEventListener('keydown', spy);
        const event = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
        document.activeElement.dispatchEvent(event);
        document.removeEventListener('keydown', spy);
        return { defaultPrevented: event.defaultPrevented, reachedDocument };
      })()`);
      expect(escape).toEqual({ defaultPrevented: true, reachedDocument: false });
      await waitUntil(() => panel.evaluate<boolean>(`!document.querySelector('.details') && document.activeElement === document.querySelector('.call-list')`), () => 'the list back, focused');
      expect(await panel.evaluate<string>(`document.querySelector('tr.call.selected')?.dataset.callId`)).toBe(callId);
      // The close button does the same.
      await panel.evaluate(`(document.querySelector('tr.call.selected').dispatchEvent(new MouseEvent('dblclick', { bubbles: true })), true)`);
      await waitUntil(() => panel.evaluate<boolean>(`!!document.querySelector('.details.over')`), () => 'the details again');
      await panel.evaluate(`(document.querySelector('.details button.close').click(), true)`);
      await waitUntil(() => panel.evaluate<boolean>(`!document.querySelector('.details')`), () => 'the close button to close the details');
      // Escape with nothing to close is left to DevTools.
      expect(await panel.evaluate<boolean>(`(() => { const e = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }); document.querySelector('.call-list').dispatchEvent(e); return e.defaultPrevented; })()`)).toBe(false);
      await panel.close();
    });

    it('docked right: the toolbar\'s other controls are in a More menu the keyboard opens and closes', async () => {
      const panel = await openPanelAt(played.harness, played.tab.tabId, { width: 480, height: 800 }, 'light');
      expect(await panel.evaluate<boolean>(`!document.querySelector('.toolbar .severity-filter')`)).toBe(true);
      await panel.evaluate(`(document.querySelector('.toolbar button.more').focus(), document.querySelector('.toolbar button.more').click(), true)`);
      await waitUntil(() => panel.evaluate<boolean>(`document.querySelector('.toolbar button.more').getAttribute('aria-expanded') === 'true' && !!document.activeElement?.closest('.overflow-popup')`), () => 'the menu open, focus in it');
      const inside = await panel.evaluate<{ severity: boolean; eventType: boolean; fits: boolean }>(`(() => {
        const popup = document.querySelector('.overflow-popup').getBoundingClientRect();
        return { severity: !!document.querySelector('.overflow-popup .severity-filter'), eventType: !!document.querySelector('.overflow-popup .event-filter'), fits: popup.left >= 0 && popup.right <= innerWidth };
      })()`);
      expect(inside).toEqual({ severity: true, eventType: true, fits: true });
      const prevented = await panel.evaluate<boolean>(`(() => { const e = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }); document.activeElement.dispatchEvent(e); return e.defaultPrevented; })()`);
      expect(prevented).toBe(true);
      await waitUntil(() => panel.evaluate<boolean>(`!document.querySelector('.overflow-popup') && document.activeElement === document.querySelector('.toolbar button.more')`), () => 'the menu closed, focus back on More');
      await panel.close();
    });

    it('remembers pane sizes set with the keyboard and the folded timeline, and a double click resets', async () => {
      const size = { width: 1400, height: 900 };
      let panel = await openPanelAt(played.harness, played.tab.tabId, size, 'light');
      const separator = `.splitter[aria-label="Resize the session list"]`;
      const before = await panel.evaluate<number>(`Number(document.querySelector('${separator}').getAttribute('aria-valuenow'))`);
      // One press at a time, as a person types: each renders before the next.
      for (let i = 0; i < 3; i++) {
        await panel.evaluate(`(() => {
          const s = document.querySelector('${separator}');
          s.focus();
          s.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true }));
          return new Promise((r) => requestAnimationFrame(() => r(true)));
        })()`);
      }
      await waitUntil(() => panel.evaluate<boolean>(`Number(document.querySelector('${separator}').getAttribute('aria-valuenow')) === ${before + 30}`), () => 'three arrow presses to widen the session list by 30 px');
      expect(await panel.evaluate<number>(`Math.round(document.querySelector('.sessions-pane').getBoundingClientRect().width)`)).toBe(before + 30);
      await openStrayAdStart(panel); // a session picked: the timeline is drawn, and can be folded
      await panel.evaluate(`(document.querySelector('.timeline-toggle[aria-expanded="true"]').click(), true)`);
      await waitUntil(() => panel.evaluate<boolean>(`!!document.querySelector('.timeline.folded')`), () => 'the timeline folded');
      await waitUntil(async () => (await storedLayout(panel))?.value?.timelineFolded?.tall === true, () => 'the layout stored');
      expect(await storedLayout(panel)).toMatchObject({ version: 1, value: { sessionsWidth: before + 30, timelineFolded: { tall: true } } });
      await panel.close();

      panel = await openPanelAt(played.harness, played.tab.tabId, size, 'light');
      await waitUntil(() => panel.evaluate<boolean>(`Number(document.querySelector('${separator}').getAttribute('aria-valuenow')) === ${before + 30}`), () => 'the stored width on a new panel');
      await openStrayAdStart(panel);
      expect(await panel.evaluate<boolean>(`!!document.querySelector('.timeline.folded')`)).toBe(true);
      await panel.evaluate(`(document.querySelector('${separator}').dispatchEvent(new MouseEvent('dblclick', { bubbles: true })), document.querySelector('.timeline-toggle').click(), true)`);
      await waitUntil(() => panel.evaluate<boolean>(`Number(document.querySelector('${separator}').getAttribute('aria-valuenow')) === ${before} && !document.querySelector('.timeline.folded')`), () => 'the default width and the timeline unfolded again');
      await waitUntil(async () => ((await storedLayout(panel))?.value?.sessionsWidth === before), () => 'the reset stored');
      await panel.close();
    });
  });
}

interface FitReport {
  theme: string;
  visible: Record<'event' | 'status' | 'findings' | 'finding' | 'message' | 'sessionCounts', string>;
  texts: { status: string; message: string };
  sessionErrors: number;
  horizontal: { page: number; scrollers: string[] };
  list: { rows: number };
  smallestText: number;
  smallestTextAt: unknown;
}

function storedLayout(panel: BrowserTab): Promise<{ version: number; value: { sessionsWidth: number; timelineFolded: { tall: boolean } } } | undefined> {
  return panel.evaluate(`(globalThis.browser ?? chrome).storage.local.get('panelLayout').then((r) => r.panelLayout)`);
}

/**
 * What a person sees of the stray adStart: each thing on screen (inside the viewport, not
 * clipped by a scrolled or hidden-overflow box, and the topmost element at its centre); how far
 * anything scrolls sideways; how many rows of the list are in view; the smallest text drawn.
 */
function fitReport(panel: BrowserTab, callId: string): Promise<FitReport> {
  return panel.evaluate(`(() => {
    const onScreen = (el) => {
      if (!el) return 'missing';
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) return 'not displayed';
      if (r.left < 0 || r.top < 0 || r.right > innerWidth + 0.5 || r.bottom > innerHeight + 0.5) return 'outside the viewport: ' + JSON.stringify(r);
      for (let a = el.parentElement; a; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
        const b = a.getBoundingClientRect();
        if (r.left < b.left - 0.5 || r.right > b.right + 0.5 || r.top < b.top - 0.5 || r.bottom > b.bottom + 0.5) return 'clipped by ' + a.className;
      }
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return hit && (el.contains(hit) || hit.contains(el)) ? 'ok' : 'covered by ' + (hit?.className || hit?.tagName);
    };
    // The row when the list is in view; else the details' summary line says the same.
    const row = document.querySelector('tr.call[data-call-id="${callId}"]');
    const rowShown = row && onScreen(row) === 'ok';
    const summary = document.querySelector('.details .call-summary');
    const status = rowShown ? row.querySelector('td.status') : summary.querySelector('.status-badge');
    const findings = rowShown ? row.querySelector('td.findings .finding-icons') : summary.querySelector('.finding-icons');
    const finding = document.querySelector('.details .finding[data-rule="ad-outside-break"]');
    const message = finding.querySelector('.message');
    const counts = document.querySelector('.session-bar .session-counts') ?? document.querySelector('.session.picked .session-meta .finding-icons');
    const scrollers = [...document.querySelectorAll('*')].filter((e) => {
      const s = getComputedStyle(e);
      return (s.overflowX === 'auto' || s.overflowX === 'scroll') && e.scrollWidth > e.clientWidth;
    }).map((e) => e.className + ' ' + e.scrollWidth + '>' + e.clientWidth);
    const list = document.querySelector('.call-list');
    const head = list.querySelector('thead').getBoundingClientRect().height;
    const texts = [...document.querySelectorAll('.timeline text, .timeline-toggle, .timeline-span, .calls td, .calls th')].filter((t) => t.getBoundingClientRect().width > 0);
    const scale = [...document.querySelectorAll('.timeline svg')].map((svg) => svg.getScreenCTM()?.a ?? 1);
    return {
      theme: document.documentElement.dataset.theme,
      visible: {
        event: onScreen(rowShown ? row.querySelector('td.event') : summary.querySelector('.event')),
        status: onScreen(status),
        findings: onScreen(findings),
        finding: onScreen(finding.firstElementChild),
        message: onScreen(message),
        sessionCounts: onScreen(counts),
      },
      texts: { status: status.textContent, message: message.textContent },
      sessionErrors: Number(counts?.closest('[data-errors]')?.dataset.errors ?? -1),
      horizontal: { page: Math.max(0, document.scrollingElement.scrollWidth - innerWidth), scrollers },
      list: { rows: Math.floor((list.clientHeight - head) / 22) },
      smallestText: Math.min(...texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * Math.min(1, ...scale))),
      smallestTextAt: texts.map((t) => [parseFloat(getComputedStyle(t).fontSize), t.className?.baseVal ?? t.className, t.textContent]).sort((a, b) => a[0] - b[0])[0],
    };
  })()`);
}
