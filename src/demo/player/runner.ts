import { sendCall, type SendOutcome } from './api-client.js';
import type { EventBody, Scenario, ScenarioCall } from './scenarios/types.js';

export interface RunOptions {
  /** Wall-clock ms per simulated second; 20 replays a 90-second session in under 2 seconds. */
  msPerSecond?: number;
  /** Origin the API calls go to; the page's own by default. */
  apiBase?: string;
  onCall?: (call: ScenarioCall, outcome: SendOutcome, index: number) => void;
}

export interface RunResult {
  /** Calls that left the page: fetches the server answered, beacons the browser queued. */
  sent: number;
  /** The sid of the scenario's session, from its 201. */
  sid?: string;
  /** Per call: the status a fetch got, or null (a beacon, or a call not sent). */
  statuses: (number | null)[];
}

export const DEFAULT_MS_PER_SECOND = 20;

/** A scenario in flight, as the pagehide handler needs it to close the session. */
export interface LiveRun {
  apiBase: string;
  sid?: string;
  ended: boolean;
  /** Set when the page hides: a player stops reporting once its page is going away. */
  stopped: boolean;
  last?: EventBody['playerTime'];
  /** Maps wall time back to simulated ts, so a late beacon's ts still follows the session. */
  simulatedTs(): number;
}

export const liveRuns = new Set<LiveRun>();

/**
 * Replays a scenario's calls in order, each at its simulated time compressed to wall time, and
 * waits for every answer before the next call, as a player's single reporting queue does.
 */
export async function runScenario(scenario: Scenario, opts: RunOptions = {}): Promise<RunResult> {
  const msPerSecond = opts.msPerSecond ?? DEFAULT_MS_PER_SECOND;
  const apiBase = opts.apiBase ?? location.origin;
  const t0 = performance.now();
  const live: LiveRun = {
    apiBase,
    ended: false,
    stopped: false,
    simulatedTs: () => scenario.startTs + Math.round(((performance.now() - t0) * 1000) / msPerSecond),
  };
  liveRuns.add(live);
  const result: RunResult = { sent: 0, statuses: [] };
  try {
    for (const [i, call] of scenario.calls.entries()) {
      await sleep(t0 + (call.atMs * msPerSecond) / 1000 - performance.now());
      // Timers can still fire between pagehide and the end of the document.
      if (live.stopped) break;
      const outcome = await sendCall(apiBase, call, live.sid);
      if (outcome.sent) result.sent++;
      if (outcome.sid) live.sid = outcome.sid;
      trackSession(live, call, outcome);
      result.statuses.push(outcome.status ?? null);
      opts.onCall?.(call, outcome, i);
    }
  } finally {
    liveRuns.delete(live);
  }
  if (live.sid !== undefined) result.sid = live.sid;
  return result;
}

function trackSession(live: LiveRun, call: ScenarioCall, outcome: SendOutcome): void {
  if (!outcome.sent || !('json' in call.payload)) return;
  const body = call.payload.json as Partial<EventBody>;
  if (body.playerTime) live.last = body.playerTime;
  if (body.eventType === 'sessionEnd') live.ended = true;
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((r) => setTimeout(r, ms)) : Promise.resolve();
}
