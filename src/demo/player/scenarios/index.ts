/**
 * The demo's scenarios, as pure functions of the start time: no DOM, no network, so node tests
 * (and the core's rules) can read exactly the calls the page sends.
 */
import { adsOutsideBreakScenario } from './ads-outside-break.js';
import { cleanScenario } from './clean.js';
import { expiredScenario } from './expired.js';
import { invalidBodiesScenario } from './invalid-bodies.js';
import type { EventBody, Scenario, ScenarioName } from './types.js';
import { unloadScenario } from './unload.js';

export type * from './types.js';
export { UNKNOWN_SID } from './expired.js';

export const SCENARIOS: Readonly<Record<ScenarioName, (startTs: number) => Scenario>> = {
  clean: cleanScenario,
  'ads-outside-break': adsOutsideBreakScenario,
  'invalid-bodies': invalidBodiesScenario,
  expired: expiredScenario,
  unload: unloadScenario,
};

export const SCENARIO_NAMES = Object.keys(SCENARIOS) as ScenarioName[];

export function isScenarioName(name: string): name is ScenarioName {
  return Object.hasOwn(SCENARIOS, name);
}

/** The JSON event bodies of a scenario in send order (broken-JSON calls left out). */
export function eventBodies(scenario: Scenario): EventBody[] {
  return scenario.calls.flatMap((c) => ('json' in c.payload ? [c.payload.json as EventBody] : []));
}
