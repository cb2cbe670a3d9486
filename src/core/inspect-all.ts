import type { CapturedCall } from './call.js';
import { Inspector } from './inspector.js';

/** Feeds a whole capture (a HAR, a fixture) through the inspector, then closes it. */
export function inspectAll(calls: readonly CapturedCall[]): Inspector {
  const inspector = new Inspector();
  inspector.pushAll(calls);
  inspector.finish();
  return inspector;
}
