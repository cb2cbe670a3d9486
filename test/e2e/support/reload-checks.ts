import type { CdpConnection } from './cdp.js';
import { within } from './within.js';
import { panelPortName } from '../../../src/messaging/protocol.js';

/*
 * What the Chromium harness asks and reads when it reloads the extension: whether the reloaded
 * background answers, and when it does not, each worker's stages, so that the browser's states
 * (a worker Chrome lost, one started without the extension's APIs, none at all) are told apart
 * from a background of ours that ran and does not answer.
 */

/** Page code: whether the extension's storage areas answer a read within 2 s (what a background needs first). */
export const STORAGE_PROBE = `Promise.all(['session', 'sync', 'local'].map((area) => Promise.race([
  chrome.storage[area].get(null).then(() => area + ' answers', (e) => area + ' fails: ' + e.message),
  new Promise((r) => setTimeout(() => r(area + ' silent 2 s'), 2000)),
]))).then((all) => all.join(', '))`;

/**
 * Which stages of starting and serving a panel (markStage) each of the extension's service
 * workers has reached, for the message of a background that does not answer. For a worker that
 * has not read its storage yet, also: whether a debugger holds it (waiting to start, or paused;
 * then it is let go, and the message says so: no user's browser has playwright's debugger),
 * whether its own storage read answers now, and which DevTools windows are open.
 */
export async function workerStages(cdp: CdpConnection, origin: string): Promise<string> {
  const marks = `performance.getEntriesByType('mark').sort((a, b) => a.startTime - b.startTime).map((m) => m.name.replace('mci:', '') + '@' + Math.round(m.startTime)).join(' ')`;
  // A worker the browser started without the extension's bindings has no chrome.storage at all.
  const ownRead = `globalThis.chrome?.storage === undefined ? 'impossible: no extension APIs in this worker' : Promise.race([chrome.storage.session.get(null).then(() => 'answers', (e) => 'fails: ' + e.message), new Promise((r) => setTimeout(() => r('silent 2 s'), 2000))])`;
  try {
    const { targetInfos } = await cdp.send<{ targetInfos: Array<{ targetId: string; type: string; url: string; title: string }> }>('Target.getTargets');
    const workers = targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(origin));
    const said: string[] = [];
    for (const w of workers) {
      const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', { targetId: w.targetId, flatten: true });
      let stages = await within(cdp.evaluate<string>(sessionId, marks), 'its marks', 3000).catch(String);
      if (!stages.includes('storage-read')) {
        let paused = '';
        cdp.on<{ reason: string }>('Debugger.paused', (e, from) => {
          if (from === sessionId) paused = e.reason;
        });
        await within(cdp.send('Debugger.enable', {}, sessionId), 'the debugger to enable', 3000).catch(() => undefined);
        await new Promise((resolve) => setTimeout(resolve, 300));
        const read = await within(cdp.evaluate<string>(sessionId, ownRead), 'its own storage read', 3000).catch(String);
        stages += ` (${paused ? `paused: ${paused}` : 'not paused'}; its own storage read ${read})`;
        if (paused) await cdp.send('Debugger.resume', {}, sessionId).catch(() => undefined);
        await cdp.send('Debugger.disable', {}, sessionId).catch(() => undefined);
        await cdp.send('Runtime.runIfWaitingForDebugger', {}, sessionId).catch(() => undefined);
        await new Promise((resolve) => setTimeout(resolve, 500));
        stages += `; let go of any debugger, now: ${await within(cdp.evaluate<string>(sessionId, marks), 'its marks', 3000).catch(String)}`;
        console.log(`[harness] the reloaded worker had not read its storage: ${stages}`);
      }
      said.push(`worker ${w.targetId.slice(0, 6)}: ${stages}`);
      await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    }
    const devtools = targetInfos.filter((t) => t.url.startsWith('devtools://')).map((t) => `${t.type} ${t.title.slice(0, 40)}`);
    said.push(`DevTools targets: ${devtools.length > 0 ? devtools.join(', ') : 'none'}`);
    return said.length > 1 ? said.join('; ') : `no service worker runs; ${said.join('')}`;
  } finally {
    cdp.close();
  }
}

/** What the workers say when the browser, not the extension, left a reloaded extension without a working worker. */
export const BROWSER_KEPT_NO_WORKER = /No SW|no extension APIs in this worker|no service worker runs/;

/** How many times the harness reloads the extension before a background that does not answer fails the test. */
export const RELOAD_ATTEMPTS = 3;

/**
 * What a worker the browser left broken logs: "No SW" when the browser answers its extension API
 * calls so (src/background/report.ts), and webextension-polyfill's refusal to load when the
 * worker has no extension APIs at all (its first line throws; a worker with them never says it).
 */
export const BROWSER_LOST_WORKER_ERROR = /\bNo SW\b|This script should only be loaded in a browser extension/;

/** How long one try of the reloaded background's round trip waits for its answer. */
export const ROUND_TRIP_MS = 2000;

/**
 * Page code: connects as a panel of no tab and says whether the background sent the snapshot.
 * The background answers only once its listeners, webRequest's among them, are registered.
 */
export function backgroundAnswersPort(timeoutMs: number): string {
  return `new Promise((resolve) => {
    const port = chrome.runtime.connect({ name: ${JSON.stringify(panelPortName(-2))} });
    const done = (answered) => { clearTimeout(timer); port.disconnect(); resolve(answered); };
    const timer = setTimeout(() => done('no answer in ${timeoutMs} ms'), ${timeoutMs});
    port.onMessage.addListener(() => done('answered'));
    port.onDisconnect.addListener(() => done('disconnected: ' + (chrome.runtime.lastError?.message ?? '')));
  })`;
}
