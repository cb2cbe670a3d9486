import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEQUENCE_RULES } from '../../src/core/rules/index.js';
import { BODY_CASES, PWN, bodyText as bodyTextOf, type BodyCase } from '../fixtures/hostile/corpus.js';
import { EDGE_BODY_CASES } from '../fixtures/hostile/edge-corpus.js';
import { startApiServer, type ApiServer } from './support/api-server.js';
import { eventsPath, playerEvent, sessionStart, sidOf } from './support/bodies.js';
import { panelRows, panelState, waitUntil, type PanelRow } from './support/captured.js';
import type { BrowserTab, Harness, RecordedRequest } from './support/harness.js';
import { distDir } from './support/paths.js';

/**
 * The hostile bodies sent by a real page, in both APIs' formats, captured by the built extension
 * and opened one by one in its panel. The 5 MB bodies stay in the unit tests: two of them fill
 * Chrome's 10 MB storage.session, which is the storage-quota fault, tested on its own. So do the
 * hostile answers to a Media Edge sessionStart: a page cannot choose the server's answer, and
 * webRequest does not give an extension response bodies.
 */
const SENT = (c: BodyCase) => !c.name.includes('5 MB') && !c.startResponse;

/**
 * Each API's cases in a tab of their own: the call list keeps only the rows in view in the
 * page, and the rows of both APIs' cases together do not fit.
 */
const GROUPS = [
  // The extension's own requests are the same whatever the page sent: checked once.
  { title: 'hostile bodies from a page', cases: BODY_CASES.filter(SENT), checksPrivacy: true },
  { title: 'hostile Media Edge bodies from a page', cases: EDGE_BODY_CASES.filter(SENT), checksPrivacy: false },
];

/**
 * Where a page sends a case: the Media Collection API's paths, or the Media Edge API's (the
 * stand-in server answers 404 there, which adds its own finding; the body's are what is checked).
 */
function pathOf(c: BodyCase, sid: string): string {
  if (c.api === 'media-edge') return c.asStart ? '/ee/va/v1/sessionStart' : '/ee/or2/va/v1/ping';
  return c.asStart ? '/api/v1/sessions' : eventsPath(sid);
}

/**
 * Elements the call rows, session list and details never make, in those parts of the panel (it
 * has its own script, inputs and timeline svg elsewhere): one there was made from a body.
 */
const FOREIGN = ['.details', 'tr.call', '.session']
  .flatMap((part) => ['script', 'img', 'svg', 'iframe', 'object', 'embed', 'style', 'link', 'math', 'video', 'audio', 'form', 'input'].map((tag) => `${part} ${tag}`))
  .join(', ');

/**
 * Where a browser's verdict differs from the core's on the same bytes, and why. Chromium hands
 * the extension no request body at all for an empty one, which cannot be told from a body it
 * withheld (Firefox hands it an empty one).
 */
const IN_BROWSER: Record<Harness['name'], Record<string, string[]>> = { chromium: { 'an empty body': ['body-withheld'], 'Media Edge: an empty body': ['body-withheld'] }, firefox: {} };

const SEQUENCE_RULE_IDS = new Set(SEQUENCE_RULES.map((r) => r.meta.id));

interface PageResult {
  status: number;
  location: string | null;
}

/** Sends a body as the exact bytes the case holds (text as UTF-8), as a player's fetch would. */
function sendBytes(tab: BrowserTab, path: string, c: BodyCase): Promise<PageResult> {
  const body = c.body();
  const base64 = Buffer.from(typeof body === 'string' ? Buffer.from(body, 'utf8') : body).toString('base64');
  return tab.evaluate<PageResult>(`(async () => {
    const bytes = Uint8Array.from(atob(${JSON.stringify(base64)}), (c) => c.charCodeAt(0));
    const r = await fetch(${JSON.stringify(path)}, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: bytes });
    await r.arrayBuffer();
    return { status: r.status, location: r.headers.get('Location') };
  })()`);
}

/** Starts counting CSP violations and script from a body in the panel's page; read back with panelAlarms. */
const WATCH = `(() => {
  window.__violations = [];
  window.__errors = [];
  window.addEventListener('error', (e) => window.__errors.push(String(e.message)));
  window.addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason)));
  document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));
  return true;
})()`;

interface Alarms {
  pwned: boolean;
  violations: string[];
  foreign: string[];
  /** Exceptions that escaped the panel's code. */
  errors: string[];
}

function panelAlarms(panel: BrowserTab): Promise<Alarms> {
  return panel.evaluate(`({
    pwned: window.__pwned !== undefined || window.top.__pwned !== undefined,
    violations: window.__violations,
    errors: window.__errors,
    foreign: [...document.querySelectorAll(${JSON.stringify(FOREIGN)})].map((e) => e.outerHTML.slice(0, 80)),
  })`);
}

/** A key pressed in the call list, as a user walking the calls does. */
function press(panel: BrowserTab, key: string): Promise<unknown> {
  return panel.evaluate(`(() => {
    const list = document.querySelector('.call-list');
    list.focus();
    list.dispatchEvent(new KeyboardEvent('keydown', { key: ${JSON.stringify(key)}, bubbles: true }));
    return true;
  })()`);
}

/**
 * Moves the selection to the next call and opens its details with Enter; waits until they show
 * `callId`. (The keyboard rather than a double click on the row: under CPU load, a double click
 * on a row sometimes left the selection on the call before, for good; see the report of the
 * branch that added this suite.)
 */
async function openNext(panel: BrowserTab, callId: string, what: string): Promise<void> {
  await press(panel, 'ArrowDown');
  await press(panel, 'Enter');
  let shown: string | null = null;
  await waitUntil(
    async () => (shown = await panel.evaluate<string | null>(`document.querySelector('.details')?.dataset.callId ?? null`)) === callId,
    () => `the details of ${what} (call ${callId}; they show ${shown ?? 'nothing'})`,
  );
}

const sumErrors = (rows: readonly PanelRow[]) => rows.reduce((n, r) => n + Number(r.errors || 0), 0);

/**
 * Written once, run in each browser. `privacy`: also check, in the requests the browser made,
 * that the extension made none of its own; its canaries come from the panel's page and from the
 * background, made to fetch `url` by `fetchFromBackground`.
 */
export function hostileSuite(
  launch: () => Promise<Harness>,
  options: { privacy?: { fetchFromBackground(harness: Harness, url: string): Promise<void> } } = {},
): void {
  for (const { title, cases: CASES, checksPrivacy } of GROUPS) {
    describe(title, () => {
      let harness: Harness;
      let server: ApiServer;
      let tab: BrowserTab;
      let panel: BrowserTab;
      let rows: PanelRow[];

      beforeAll(async () => {
        server = await startApiServer();
        harness = await launch();
        tab = await harness.openTab(`${server.url}page?hostile`);
        // The panel is open while the bodies arrive, as a developer's would be, and watched from the start.
        panel = await harness.openPanel(tab.tabId);
        await panel.evaluate(WATCH);
        const sid = sidOf((await tab.evaluate<PageResult>(`api.post('/api/v1/sessions', ${JSON.stringify(sessionStart('hostile'))})`)).location);
        for (const c of CASES) await sendBytes(tab, pathOf(c, sid), c);
        await waitUntil(
          async () => (rows = await panelRows(panel)).filter((r) => r.status !== 'pending').length === CASES.length + 1,
          () => `the panel to list the ${CASES.length + 1} calls, settled; it lists ${rows?.length}`,
          60_000,
        );
      });
      afterAll(async () => {
        await panel?.close();
        await tab?.close();
        await harness?.close();
        await server?.close();
      });

      it('gives every hostile call a row and the verdict the core gives it', async () => {
        expect(rows.map((r) => r.status)).not.toContain('pending');
        // The body's own verdict (its call rules) is all there. The server's answer (a 400 for most)
        // may add a finding, and the sequence around it is not the unit tests' clean session.
        const expected = CASES.map((c) => IN_BROWSER[harness.name][c.name] ?? c.verdict.rules.filter((r) => !SEQUENCE_RULE_IDS.has(r)));
        const missing = (shown: readonly PanelRow[]) =>
          CASES.flatMap((c, i) => expected[i]!.filter((rule) => !shown[i + 1]!.rules.split(' ').includes(rule)).map((rule) => `${c.name}: ${rule}`));
        // A call's findings follow its status: a body with 10,000 of them takes a moment longer.
        let shown = rows;
        await waitUntil(async () => missing((shown = await panelRows(panel))).length === 0, () => `the verdicts in the panel; missing ${JSON.stringify(missing(shown))}`);
        rows = shown;
      });

      it('opens each hostile call in the details: nothing from a body runs or becomes an element', async () => {
        // The session's sessionStart first, then each hostile call in the order sent.
        await press(panel, 'ArrowDown');
        for (const [i, c] of CASES.entries()) {
          await openNext(panel, rows[i + 1]!.callId, `"${c.name}"`);
          expect(await panelAlarms(panel), c.name).toEqual({ pwned: false, violations: [], foreign: [], errors: [] });
          // The body's markup is on screen as characters.
          if (bodyTextOf(c).includes(PWN)) expect(await panel.evaluate<string>(`document.querySelector('.details').textContent`), c.name).toContain(JSON.stringify(PWN).slice(1, -1));
        }
      });

      it('enforces a CSP on the extension pages that stops inline script (so the watch above is not blind)', async () => {
        const manifest = JSON.parse(await readFile(join(distDir(harness.name === 'chromium' ? 'chrome' : 'firefox'), 'manifest.json'), 'utf8')) as {
          manifest_version: number;
          content_security_policy?: { extension_pages?: string };
        };
        expect(manifest.manifest_version).toBe(3);
        // No key: MV3's default ("script-src 'self'", plus 'wasm-unsafe-eval' in Chrome). A key must not loosen it.
        const policy = manifest.content_security_policy?.extension_pages;
        if (policy !== undefined) {
          const scripts = policy.split(';').map((d) => d.trim().split(/\s+/)).find(([name]) => name === 'script-src' || name === 'default-src');
          expect(scripts, policy).toBeDefined();
          for (const source of scripts!.slice(1)) expect(["'self'", "'wasm-unsafe-eval'"], policy).toContain(source);
        }
        // And the browser applies it: an inline script put in the panel's page does not run, and is reported.
        await panel.evaluate(`(() => { const s = document.createElement('script'); s.textContent = 'window.__inline = 1'; document.body.append(s); return true; })()`);
        await waitUntil(async () => (await panelAlarms(panel)).violations.length > 0, () => 'a securitypolicyviolation for the inline script');
        expect(await panel.evaluate<boolean>(`window.__inline === undefined`)).toBe(true);
        expect((await panelAlarms(panel)).violations.join('\n')).toMatch(/script-src/);
      });

      it('still captures, shows and counts a clean session sent after the hostile ones', async () => {
        const badgeBefore = await harness.badgeText(tab.tabId);
        expect(badgeBefore).toBe(String(sumErrors(rows)));
        const start = (await tab.evaluate<PageResult>(`api.post('/api/v1/sessions', ${JSON.stringify(sessionStart('clean after hostile'))})`)).location;
        const events = eventsPath(sidOf(start));
        for (const [type, playhead] of [['play', 0], ['ping', 10], ['sessionEnd', 12]] as const) await tab.evaluate(`api.post(${JSON.stringify(events)}, ${JSON.stringify(playerEvent(type, playhead))})`);
        const total = rows.length + 4;
        await waitUntil(async () => (await panelState(panel)).calls === total, () => `the panel to count the clean session's 4 calls after the ${rows.length} hostile ones`);
        // The list shows the rows in view: the text filter, on the new sid, leaves the clean session's.
        await panel.evaluate(`(() => { const i = document.querySelector('.text-filter'); i.value = ${JSON.stringify(sidOf(start))}; i.dispatchEvent(new Event('input', { bubbles: true })); return true; })()`);
        let clean: PanelRow[] = [];
        await waitUntil(
          async () => (clean = await panelRows(panel)).length === 4 && clean.every((r) => r.status !== 'pending'),
          () => `the filter to leave the clean session's 4 calls, settled (it leaves ${JSON.stringify(clean.map((r) => [r.eventType, r.status]))})`,
        );
        expect(clean.map((r) => [r.eventType, r.status])).toEqual([['sessionStart', '201'], ['play', '204'], ['ping', '204'], ['sessionEnd', '204']]);
        expect(clean.map((r) => r.errors)).toEqual(['0', '0', '0', '0']);
        expect(new Set(clean.map((r) => r.sid))).toEqual(new Set([sidOf(start)]));
        expect(await harness.badgeText(tab.tabId)).toBe(badgeBefore);
        expect(await panelAlarms(panel)).toMatchObject({ pwned: false, foreign: [], errors: [] });
      });

      if (options.privacy && checksPrivacy) {
        const { fetchFromBackground } = options.privacy;
        it('makes no network request of its own: every request outside the extension is the page\'s or the test\'s', async () => {
          // (Node's URL gives a moz-extension:// address the origin "null": built from its parts.)
          const page = new URL(await panel.evaluate<string>('location.href'));
          const origin = `${page.protocol}//${page.host}`;
          const own = (r: RecordedRequest) => r.by.startsWith(origin) && !r.url.startsWith(origin + '/');
          const seen = await harness.requests();
          expect(seen.filter((r) => r.url.startsWith(server.url + 'api/')).length, 'the recorder sees the page\'s calls').toBeGreaterThan(CASES.length);
          expect(seen.filter(own)).toEqual([]);
          // Not blind: a request from the panel's page and one from the background are seen as the extension's.
          const before = seen.length;
          await panel.evaluate(`fetch(${JSON.stringify(server.url + 'canary-page')}).then(() => true, () => true)`);
          await fetchFromBackground(harness, server.url + 'canary-background');
          let later: readonly RecordedRequest[] = [];
          await waitUntil(
            async () => (later = (await harness.requests()).slice(before)).filter(own).map((r) => r.url).sort().join(' ') === `${server.url}canary-background ${server.url}canary-page`,
            () => `both canaries recorded as the extension's: ${JSON.stringify(later)}`,
          );
        });
      }
    });
  }
}
