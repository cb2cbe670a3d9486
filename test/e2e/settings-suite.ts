import { describe, expect, it } from 'vitest';
import { waitUntil } from './support/captured.js';
import { openPanelAt, playedOnce, SHOTS } from './support/demo-panel.js';
import type { BrowserTab, Harness } from './support/harness.js';

/** Picks a rule's severity in the open settings view, as a person does with the select. */
function setRule(panel: BrowserTab, rule: string, value: string): Promise<unknown> {
  return panel.evaluate(`(() => {
    const select = document.querySelector('select[aria-label="Severity of ${rule}"]');
    select.value = ${JSON.stringify(value)};
    select.dispatchEvent(new Event('change', { bubbles: true }));
    return true;
  })()`);
}

interface Verdicts {
  badge: string;
  sessionErrors: number;
  sessionWarnings: number;
  strayRows: number;
}

/**
 * Settings changed in the panel reach the background, which judges every stored call again:
 * the badge, the session's counts and the rows follow, in a real browser, on the demo's "ads
 * outside an ad break" session.
 */
export function settingsSuite(launch: () => Promise<Harness>): void {
  describe('settings changed in the panel', () => {
    const played = playedOnce(launch, 'ads-outside-break');

    const verdicts = async (panel: BrowserTab): Promise<Verdicts> => ({
      badge: await played.harness.badgeText(played.tab.tabId),
      ...(await panel.evaluate<Omit<Verdicts, 'badge'>>(`(() => {
        const s = document.querySelector('.session[data-session-key]');
        return { sessionErrors: Number(s.dataset.errors), sessionWarnings: Number(s.dataset.warnings), strayRows: document.querySelectorAll('tr.call[data-rules~="ad-outside-break"]').length };
      })()`)),
    });

    it('turning ad-outside-break off, then to a warning, changes the badge, the session counts and the rows; defaults bring them back', async () => {
      const panel = await openPanelAt(played.harness, played.tab.tabId, { width: 1400, height: 900 }, 'light');
      await waitUntil(async () => (await verdicts(panel)).strayRows > 0, () => 'the stray ad rows');
      const before = await verdicts(panel);
      expect(Number(before.badge)).toBe(before.sessionErrors);
      expect(before.sessionErrors).toBeGreaterThanOrEqual(before.strayRows);

      const openSettings = async () => {
        await panel.evaluate(`(document.querySelector('.toolbar .settings-toggle').click(), true)`);
        await waitUntil(() => panel.evaluate<boolean>(`!!document.querySelector('.settings-view select[aria-label="Severity of ad-outside-break"]')`), () => 'the settings view');
      };
      const backToCalls = async () => {
        await panel.evaluate(`(document.querySelector('.settings-view .settings-close').click(), true)`);
        await waitUntil(() => panel.evaluate<boolean>(`!!document.querySelector('.session[data-session-key]')`), () => 'the calls again');
      };

      await openSettings();
      await setRule(panel, 'ad-outside-break', 'off');
      await waitUntil(() => panel.evaluate<boolean>(`document.querySelector('.settings-toggle').dataset.changes === '1'`), () => 'the toolbar to say 1 change');
      await backToCalls();
      await waitUntil(async () => (await verdicts(panel)).strayRows === 0, () => 'the ad-outside-break findings gone from the rows');
      const off = await verdicts(panel);
      expect(off.sessionErrors).toBe(before.sessionErrors - before.strayRows);
      expect(off.badge).toBe(off.sessionErrors > 0 ? String(off.sessionErrors) : '');

      await openSettings();
      await setRule(panel, 'ad-outside-break', 'warning');
      await backToCalls();
      await waitUntil(async () => (await verdicts(panel)).strayRows === before.strayRows, () => 'the findings back, as warnings');
      const warned = await verdicts(panel);
      expect(warned.sessionErrors).toBe(off.sessionErrors);
      expect(warned.sessionWarnings).toBe(before.sessionWarnings + before.strayRows);
      // The finding says the user's settings set its severity.
      await panel.evaluate(`(document.querySelector('tr.call[data-rules~="ad-outside-break"]').dispatchEvent(new MouseEvent('dblclick', { bubbles: true })), true)`);
      await waitUntil(() => panel.evaluate<boolean>(`/warning by your settings/.test(document.querySelector('.details .finding[data-rule="ad-outside-break"]')?.textContent ?? '')`), () => 'the finding marked as set by the settings');

      await openSettings();
      await panel.evaluate(`(document.querySelector('.settings-view button.reset').click(), true)`);
      await backToCalls();
      await waitUntil(async () => JSON.stringify(await verdicts(panel)) === JSON.stringify(before), () => 'the verdicts of the defaults again');
      await panel.close();
    });

    it('a panel opened later, and the badge after a background restart, keep judging under the stored settings', async () => {
      let panel = await openPanelAt(played.harness, played.tab.tabId, { width: 1400, height: 900 }, 'light');
      const before = await verdicts(panel);
      await panel.evaluate(`(document.querySelector('.toolbar .settings-toggle').click(), true)`);
      await waitUntil(() => panel.evaluate<boolean>(`!!document.querySelector('.settings-view')`), () => 'the settings view');
      await setRule(panel, 'ad-outside-break', 'off');
      await waitUntil(async () => (await played.harness.badgeText(played.tab.tabId)) !== before.badge, () => 'the badge to change');
      await panel.close();
      await played.harness.stopBackground();
      panel = await openPanelAt(played.harness, played.tab.tabId, { width: 1400, height: 900 }, 'light');
      await waitUntil(() => panel.evaluate<boolean>(`document.querySelector('.settings-toggle').dataset.changes === '1'`), () => 'the stored settings in a new panel');
      const after = await verdicts(panel);
      expect(after.strayRows).toBe(0);
      expect(after.sessionErrors).toBe(before.sessionErrors - before.strayRows);
      // Back to the defaults for whatever runs next in this browser.
      await panel.evaluate(`(document.querySelector('.toolbar .settings-toggle').click(), true)`);
      await waitUntil(() => panel.evaluate<boolean>(`!!document.querySelector('.settings-view button.reset')`), () => 'the settings view');
      await panel.evaluate(`(document.querySelector('.settings-view button.reset').click(), true)`);
      await waitUntil(async () => (await played.harness.badgeText(played.tab.tabId)) === before.badge, () => 'the badge of the defaults');
      await panel.close();
    });

    for (const size of [{ width: 360, height: 200 }, { width: 480, height: 800 }, { width: 1000, height: 260 }]) {
      it(`at ${size.width}×${size.height}: the Settings button is in the toolbar, the keyboard opens the view, nothing scrolls sideways`, async () => {
        const panel = await openPanelAt(played.harness, played.tab.tabId, size, 'light');
        const button = await panel.evaluate<{ inToolbar: boolean; visible: boolean }>(`(() => {
          const b = document.querySelector('.toolbar > .settings-toggle');
          const r = b?.getBoundingClientRect();
          return { inToolbar: !!b, visible: !!r && r.right <= innerWidth && r.width > 0 };
        })()`);
        expect(button).toEqual({ inToolbar: true, visible: true });
        // Enter on the focused button, as a keyboard user does: a button's click.
        await panel.evaluate(`(document.querySelector('.settings-toggle').focus(), document.activeElement.click(), true)`);
        await waitUntil(() => panel.evaluate<boolean>(`!!document.querySelector('.settings-view') && document.activeElement?.closest('.settings-view') !== null`), () => 'the view open, focus in it');
        await setRule(panel, 'ts-not-increasing', 'error');
        await waitUntil(() => panel.evaluate<boolean>(`document.querySelector('.settings-applied').textContent === 'Applied: 1 change.'`), () => 'the view to say what applies');
        const sideways = await panel.evaluate<number>(`document.documentElement.scrollWidth - innerWidth + document.querySelector('.settings-view').scrollWidth - document.querySelector('.settings-view').clientWidth`);
        expect(sideways).toBe(0);
        await panel.screenshot?.(`${SHOTS}/${played.harness.name}-settings-${size.width}x${size.height}.png`);
        await panel.evaluate(`(document.querySelector('.settings-view button.reset').click(), true)`);
        await waitUntil(() => panel.evaluate<boolean>(`document.querySelector('.settings-applied').textContent === 'The defaults apply.'`), () => 'the defaults again');
        await panel.close();
      });
    }
  });
}
