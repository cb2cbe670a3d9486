import { callUrl } from './api-client.js';
import { EDGE_SCENARIOS, isEdgeScenarioName, runEdgeScenario as runEdge } from './edge-scenarios.js';
import { DEFAULT_MS_PER_SECOND, runScenario as run, type RunResult } from './runner.js';
import { SCENARIOS, SCENARIO_NAMES, isScenarioName } from './scenarios/index.js';
import { installUnloadBeacons } from './unload.js';
import * as view from './view.js';

export interface PageRunOptions {
  /** Wall-clock ms per simulated second; the page's speed menu when absent. */
  msPerSecond?: number;
  /** Post to the other loopback name; the page's checkbox when absent. */
  crossOrigin?: boolean;
}

declare global {
  interface Window {
    /** Runs one scenario against this page's origin; what tests drive. */
    runScenario(name: string, opts?: PageRunOptions): Promise<RunResult>;
    scenarioNames: readonly string[];
    /** Plays one Media Edge scenario through the real Web SDK; resolves with the calls it sent. */
    runEdgeScenario(name: string): Promise<{ sent: number }>;
  }
}

let running = 0;

async function runScenario(name: string, opts: PageRunOptions = {}): Promise<RunResult> {
  if (!isScenarioName(name)) {
    throw new Error(`Unknown scenario "${name}"; known: ${SCENARIO_NAMES.join(', ')}`);
  }
  const apiBase = apiBaseFor(opts.crossOrigin ?? checked('cross-origin'));
  const scenario = SCENARIOS[name](Date.now());
  view.showScenario(scenario);
  view.setRunning(++running > 0);
  let sid: string | undefined;
  let unexpected = 0;
  try {
    const result = await run(scenario, {
      apiBase,
      msPerSecond: opts.msPerSecond ?? selectedSpeed(),
      onCall(call, outcome) {
        sid = outcome.sid ?? sid;
        if (outcome.status !== undefined && outcome.status !== call.expect) unexpected++;
        view.showPlayer(call.view);
        view.showSid(sid);
        view.logCall(call, outcome, callUrl(apiBase, call, sid));
      },
    });
    view.showSummary(
      `${result.sent} calls sent; ` +
        (unexpected === 0 ? 'every answer as the docs say.' : `${unexpected} unexpected answers.`),
    );
    return result;
  } finally {
    view.setRunning(--running > 0);
  }
}

async function runEdgeScenario(name: string): Promise<{ sent: number }> {
  const scenario = EDGE_SCENARIOS.find((s) => s.name === name);
  if (!scenario || !isEdgeScenarioName(name)) {
    throw new Error(`Unknown Media Edge scenario "${name}"; known: ${EDGE_SCENARIOS.map((s) => s.name).join(', ')}`);
  }
  view.showEdgeScenario(scenario.title);
  view.setRunning(++running > 0);
  try {
    const result = await runEdge(name, view.logEdgeEvent);
    view.showSummary(`${result.sent} Media Edge calls sent through the Web SDK.`);
    return result;
  } finally {
    view.setRunning(--running > 0);
  }
}

/**
 * Real players post to Adobe's host from their own origin, so every call is a CORS request
 * with a preflight. The page can do the same on this one server by posting to the other
 * loopback name (127.0.0.1 <-> localhost): a different origin, same port.
 */
function apiBaseFor(crossOrigin: boolean): string {
  if (!crossOrigin) return location.origin;
  const other = OTHER_LOOPBACK[location.hostname];
  if (!other) throw new Error('Cross-origin mode needs the page on 127.0.0.1 or localhost');
  return `${location.protocol}//${other}:${location.port}`;
}

const OTHER_LOOPBACK: Readonly<Record<string, string>> = {
  '127.0.0.1': 'localhost',
  localhost: '127.0.0.1',
};

function checked(id: string): boolean {
  return (document.getElementById(id) as HTMLInputElement | null)?.checked ?? false;
}

function selectedSpeed(): number {
  const select = document.getElementById('speed') as HTMLSelectElement | null;
  const value = Number(select?.value);
  return Number.isFinite(value) && value > 0 ? value : DEFAULT_MS_PER_SECOND;
}

window.runScenario = runScenario;
window.scenarioNames = SCENARIO_NAMES;
window.runEdgeScenario = runEdgeScenario;
installUnloadBeacons();
view.renderScenarioButtons(
  [...SCENARIO_NAMES.map((n) => SCENARIOS[n](0)), ...EDGE_SCENARIOS],
  (name) =>
    void (isEdgeScenarioName(name) ? runEdgeScenario(name) : runScenario(name)).catch((e: unknown) =>
      view.showSummary(String(e)),
    ),
);
