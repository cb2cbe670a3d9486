import type { CallFindings } from '../core/finding.js';
import { entryId, type TabEntry } from '../messaging/entry.js';
import type { BackgroundToPanel, SnapshotPart } from '../messaging/protocol.js';
import type { TabSnapshot } from './call-log.js';

/** Entries in the first message: more than any panel shows at once, small enough to arrive at once. */
export const FIRST_PART = 200;
/** Entries per later message: large enough to be few messages, small enough that each is quick to copy. */
export const LATER_PART = 1000;

export interface SnapshotMessages {
  first: BackgroundToPanel['snapshot'];
  /** The older parts, newest first, each built only when it is taken. */
  rest: Iterable<SnapshotPart>;
}

/**
 * A tab's snapshot cut into messages, newest entries first. A panel opens scrolled to the end
 * of the list, so the newest calls are the ones it shows first; sending them alone first puts
 * rows on screen before the rest of a large tab has even been copied across.
 */
export function snapshotMessages(tabId: number, snapshot: TabSnapshot, firstSize = FIRST_PART, laterSize = LATER_PART): SnapshotMessages {
  const findingsOf = new Map<string, CallFindings>(snapshot.findings.map((f) => [f.callId, f]));
  const { entries } = snapshot;
  const part = (from: number, to: number): SnapshotPart => {
    const slice = entries.slice(from, to);
    const findings: CallFindings[] = [];
    const callSessions: Record<string, string> = {};
    for (const e of slice) {
      const id = entryId(e);
      const f = findingsOf.get(id);
      if (f) findings.push(f);
      const key = snapshot.callSessions[id];
      if (key !== undefined) callSessions[id] = key;
    }
    return { entries: slice, findings, callSessions };
  };
  let end = Math.max(0, entries.length - firstSize);
  const first: BackgroundToPanel['snapshot'] = {
    tabId,
    dropped: snapshot.dropped,
    sessions: snapshot.sessions,
    totalEntries: entries.length,
    totalCalls: countCalls(entries),
    ...part(end, entries.length),
  };
  if (snapshot.reloadedAt !== undefined) first.reloadedAt = snapshot.reloadedAt;
  function* rest(): Generator<SnapshotPart> {
    while (end > 0) {
      const start = Math.max(0, end - laterSize);
      yield part(start, end);
      end = start;
    }
  }
  return { first, rest: rest() };
}

function countCalls(entries: readonly TabEntry[]): number {
  let n = 0;
  for (const e of entries) if (e.kind === 'call') n++;
  return n;
}
