import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CdpConnection } from './cdp.js';
import { bounded } from './within.js';

/** The browser-wide CDP endpoint that `--remote-debugging-port=0` wrote into the profile. */
export async function browserEndpoint(profile: string): Promise<string> {
  const [port, path] = (await readFile(join(profile, 'DevToolsActivePort'), 'utf8')).split('\n');
  return `ws://127.0.0.1:${port}${path}`;
}

/**
 * In every DevTools window, selects the extension's panel (DevTools creates a panel's page only
 * when it is first shown), then finds the panel page whose inspected tab is `tabId`. A window
 * whose panel page does not show up within SHOW_AGAIN_MS is asked again, and no single CDP call
 * may hold the search past its deadline: under load DevTools can take a request and not answer
 * it (seen once: the search ran into the test's timeout, which said nothing of what it saw).
 */
export async function showExtensionPanel(cdp: CdpConnection, tabId: number): Promise<string> {
  const attached = new Map<string, string>();
  // A target listed a moment ago may be gone by now (DevTools replaces its frames as it starts):
  // undefined, and the next round lists the targets again.
  const attach = async (targetId: string): Promise<string | undefined> => {
    if (!attached.has(targetId)) {
      const result = await bounded(cdp.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true }).catch(() => undefined));
      if (!result) return undefined;
      attached.set(targetId, result.sessionId);
    }
    return attached.get(targetId);
  };
  const shownAt = new Map<string, number>();
  let seen = 'no round finished';
  const deadline = Date.now() + 30_000;
  for (;;) {
    const { targetInfos } = (await bounded(cdp.send<{ targetInfos: TargetInfo[] }>('Target.getTargets'))) ?? { targetInfos: [] };
    const windows = targetInfos.filter((t) => t.url.startsWith('devtools://devtools/bundled/devtools_app.html'));
    for (const t of windows) {
      if (Date.now() - (shownAt.get(t.targetId) ?? -Infinity) < SHOW_AGAIN_MS) continue;
      const devtools = await attach(t.targetId);
      if (devtools === undefined) continue;
      // DevTools' own modules: the panel's tab id in DevTools starts with the extension origin.
      const selected = await bounded(
        cdp.evaluate<boolean>(
          devtools,
          `import('./ui/legacy/legacy.js').then(async ({ InspectorView }) => {
            const view = InspectorView.InspectorView.instance();
            const id = view.tabbedPane.tabIds().find((i) => i.startsWith('chrome-extension://'));
            if (!id) return false;
            await view.showPanel(id);
            return true;
          })`,
        ),
      ).catch(() => false); // DevTools is still starting
      if (selected) shownAt.set(t.targetId, Date.now());
    }
    const inspecting: string[] = [];
    for (const t of targetInfos.filter((t) => t.type === 'iframe' && /^chrome-extension:\/\/[^/]+\/panel\.html/.test(t.url))) {
      const session = await attach(t.targetId);
      if (session === undefined) continue;
      const inspected = await bounded(cdp.evaluate<number | undefined>(session, 'chrome.devtools.inspectedWindow.tabId')).catch(() => undefined);
      if (inspected === tabId) return session;
      inspecting.push(String(inspected));
    }
    seen = `${windows.length} DevTools window(s), ${shownAt.size} showing the extension's panel, panel pages inspecting tabs [${inspecting.join(', ')}]`;
    if (Date.now() > deadline) throw new Error(`no DevTools panel for tab ${tabId}: ${seen}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/** How long a DevTools window that showed the extension's panel gets to create its page before it is asked again. */
const SHOW_AGAIN_MS = 3000;

/**
 * Shows DevTools' own Network panel in every DevTools window, as a user who opens DevTools on
 * it does. DevTools records the network log (what devtools.network's getHAR gives) only once
 * something asks for it: the Network panel, or an extension panel reading it.
 */
export async function showNetworkPanel(cdp: CdpConnection): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const { targetInfos } = await cdp.send<{ targetInfos: Array<{ targetId: string; url: string }> }>('Target.getTargets');
    const windows = targetInfos.filter((t) => t.url.startsWith('devtools://devtools/bundled/devtools_app.html'));
    let shown = 0;
    for (const t of windows) {
      const session = await cdp.send<{ sessionId: string }>('Target.attachToTarget', { targetId: t.targetId, flatten: true }).catch(() => undefined);
      if (!session) continue;
      const ok = await cdp
        .evaluate<boolean>(session.sessionId, `import('./ui/legacy/legacy.js').then(async ({ InspectorView }) => (await InspectorView.InspectorView.instance().showPanel('network'), true))`)
        .catch(() => false); // DevTools is still starting
      if (ok) shown++;
    }
    if (windows.length > 0 && shown === windows.length) return;
    if (Date.now() > deadline) throw new Error('no DevTools window showed its Network panel');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
