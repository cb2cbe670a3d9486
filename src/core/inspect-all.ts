import type { CapturedCall } from './call.js';
import { Inspector } from './inspector.js';
import { rulesFor, type RuleSettings } from './settings/rule-settings.js';

/** Feeds a whole capture (a HAR, a fixture) through the inspector, then closes it. */
export function inspectAll(calls: readonly CapturedCall[], settings?: RuleSettings): Inspector {
  const inspector = new Inspector(settings ? rulesFor(settings) : {});
  inspector.pushAll(calls);
  inspector.finish();
  return inspector;
}
