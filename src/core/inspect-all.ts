import type { CapturedCall } from './call.js';
import { Inspector } from './inspector.js';

/** Feeds a whole capture (a HAR, a fixture) through the live path, then closes it. */
export function inspectAll(calls: readonly CapturedCall[]): Inspector {
  const inspector = new Inspector();
  for (const call of calls) inspector.push(call);
  inspector.finish();
  return inspector;
}
