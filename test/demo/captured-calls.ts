import type { CapturedCall } from '../../src/core/call.js';
import { bodyText, callUrl } from '../../src/demo/player/api-client.js';
import type { Scenario } from '../../src/demo/player/scenarios/index.js';

const SID = 'c0ffee'.repeat(10) + 'c0ff';
const BASE = 'https://demo.hb-api.omtrdc.net';

/** A scenario's calls as captured calls, answered as the scenario expects. */
export function capturedCalls(scenario: Scenario): CapturedCall[] {
  let sid: string | undefined;
  return scenario.calls.map((c, i) => {
    if (c.expect === 201) sid = SID;
    return {
      id: `${scenario.name}-${i}`,
      method: 'POST',
      url: callUrl(BASE, c, sid ?? SID)!,
      startedAt: scenario.startTs + c.atMs,
      requestHeaders: [{ name: 'Content-Type', value: 'application/json' }],
      requestBody: { kind: 'text', text: bodyText(c) },
      status: c.expect,
      responseHeaders: c.expect === 201 ? [{ name: 'Location', value: `/api/v1/sessions/${SID}` }] : [],
    };
  });
}
