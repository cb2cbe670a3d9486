import type { CapturedCall } from '../../../src/core/call.js';
import { SCENARIOS, type ScenarioName } from '../../../src/demo/player/scenarios/index.js';
import { createPanelStore, type PanelStore } from '../../../src/panel/store.js';
import { capturedCalls } from '../../demo/captured-calls.js';
import { snapshotOf } from '../fixtures.js';

const START = 1_760_000_000_000;

/** A demo scenario's calls as the extension captures them. */
export function scenarioCalls(name: ScenarioName): CapturedCall[] {
  return capturedCalls(SCENARIOS[name](START));
}

/** The real panel store, as a panel that opens on a tab holding these calls (findings from the real inspector). */
export function storeWith(calls: CapturedCall[]): PanelStore {
  const store = createPanelStore();
  store.handlers.snapshot!(snapshotOf(calls));
  return store;
}
