import { sendBeacon } from './api-client.js';
import { liveRuns } from './runner.js';
import type { EventBody } from './scenarios/types.js';

/**
 * When the page goes away mid-scenario, close each open session the way players must: fetches
 * in flight die with the page, so sessionEnd goes out as a beacon from `pagehide` (the one
 * unload event that fires reliably, bfcache included). Returns how many beacons were queued.
 */
export function endOpenSessions(): number {
  let queued = 0;
  for (const run of liveRuns) {
    run.stopped = true;
    if (run.sid === undefined || run.ended) continue;
    const last = run.last ?? { playhead: 0, ts: 0 };
    const body: EventBody = {
      // Later than any call already sent, answered or still in flight (ts must increase).
      playerTime: { playhead: last.playhead, ts: Math.max(run.simulatedTs(), last.ts) + 1 },
      eventType: 'sessionEnd',
    };
    if (sendBeacon(`${run.apiBase}/api/v1/sessions/${run.sid}/events`, JSON.stringify(body))) {
      run.ended = true;
      queued++;
    }
  }
  return queued;
}

export function installUnloadBeacons(): void {
  addEventListener('pagehide', () => endOpenSessions());
}
