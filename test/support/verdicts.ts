import type { CapturedCall } from '../../src/core/call.js';
import type { Finding } from '../../src/core/finding.js';
import type { Inspector } from '../../src/core/inspector.js';

/** What an inspector concluded about each call: its findings and its session. */
export interface Verdicts {
  findings: Record<string, readonly Finding[]>;
  sessionKeys: Record<string, string | undefined>;
}

/** Closes the inspector (end of input) and reads its verdict on each of `calls`, to compare two ways of feeding them. */
export function verdictsOf(inspector: Inspector, calls: readonly CapturedCall[]): Verdicts {
  inspector.finish();
  const findings: Verdicts['findings'] = {};
  const sessionKeys: Verdicts['sessionKeys'] = {};
  for (const c of calls) {
    findings[c.id] = inspector.findingsOf(c.id);
    sessionKeys[c.id] = inspector.sessionKeyOf(c.id);
  }
  return { findings, sessionKeys };
}
