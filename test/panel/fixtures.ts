import type { CapturedCall } from '../../src/core/call.js';
import type { CallFindings } from '../../src/core/finding.js';
import { Inspector } from '../../src/core/inspector.js';
import type { CallEntry } from '../../src/messaging/entry.js';
import type { BackgroundToPanel } from '../../src/messaging/protocol.js';

export function entriesOf(calls: CapturedCall[]): CallEntry[] {
  return calls.map((call) => ({ kind: 'call', call, resourceType: 'xmlhttprequest', settledAt: call.startedAt }));
}

/** What the background would send a panel that connects after these calls: built with the real Inspector. */
export function snapshotOf(calls: CapturedCall[], tabId = 1): BackgroundToPanel['snapshot'] {
  const inspector = new Inspector();
  const findings = new Map<string, CallFindings>();
  for (const call of calls) for (const c of inspector.push(call)) findings.set(c.callId, c);
  const callSessions: Record<string, string> = {};
  for (const call of calls) {
    const key = inspector.sessionKeyOf(call.id);
    if (key !== undefined) callSessions[call.id] = key;
  }
  return {
    tabId,
    totalEntries: calls.length,
    totalCalls: calls.length,
    entries: entriesOf(calls),
    findings: [...findings.values()].filter((f) => f.findings.length > 0),
    dropped: 0,
    sessions: inspector.sessions().map(({ callIds: _ids, ...rest }) => rest),
    callSessions,
  };
}
