import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CallLog, type LogListener, type TabSnapshot } from '../../src/background/call-log.js';
import { FIRST_READ_MS, readUntilAnswered } from '../../src/background/first-reads.js';
import type { CapturedCall } from '../../src/core/call.js';
import type { RuleSettings } from '../../src/core/settings/rule-settings.js';
import type { CallEntry } from '../../src/messaging/entry.js';
import { adStart, sessionStart, toCalls } from '../support/calls.js';
import { FakeSessionArea } from './fake-session-area.js';

/*
 * Right after the extension was reloaded with DevTools open, Chrome once left a worker's first
 * storage read unanswered: the worker held every event behind it and captured nothing. A first
 * read is asked again until one answers, and settings that do not answer soon wait no longer.
 */
const TAB = 3;
const listener: LogListener = { entries() {}, findings() {}, dropped() {}, cleared() {}, errorCount() {} };
const calls = toCalls([{ body: sessionStart(0) }, { body: adStart(1) }]);

/** storage.session as a worker left it with the calls captured: an ad outside any break. */
async function captured(area: FakeSessionArea): Promise<void> {
  const first = new CallLog(area, listener);
  for (const call of calls) await first.settle(TAB, call.id, { status: call.status!, responseHeaders: call.responseHeaders ?? [] }, call.startedAt + 20, requestOf(call));
}

function requestOf(call: CapturedCall): CallEntry {
  return { kind: 'call', resourceType: 'xmlhttprequest', call };
}

/** storage.session whose first read of everything never answers. */
class FirstReadLost extends FakeSessionArea {
  reads = 0;
  override get(keys: string | string[] | null): Promise<Record<string, unknown>> {
    if (keys === null && this.reads++ === 0) return new Promise(() => undefined);
    return super.get(keys);
  }
}

function snapshot(log: CallLog): Promise<TabSnapshot> {
  return new Promise((resolve) => void log.read(TAB, resolve));
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("a worker's first reads", () => {
  it('a read that does not answer is asked again, and the first answer wins', async () => {
    let asks = 0;
    const read = readUntilAnswered(() => (++asks === 1 ? new Promise<string>(() => undefined) : Promise.resolve(`answer ${asks}`)));
    await vi.advanceTimersByTimeAsync(FIRST_READ_MS);
    await expect(read).resolves.toBe('answer 2');
    await vi.advanceTimersByTimeAsync(FIRST_READ_MS * 3);
    expect(asks).toBe(2);
  });

  it('storage.session left unanswered once: the worker reads it again and captures on', async () => {
    const seeded = new FakeSessionArea();
    await captured(seeded);
    const area = new FirstReadLost();
    for (const [key, value] of seeded.data) area.data.set(key, value);
    const read = snapshot(new CallLog(area, listener));
    await vi.advanceTimersByTimeAsync(FIRST_READ_MS);
    expect((await read).entries).toHaveLength(2);
    expect(area.reads).toBe(2);
  });

  it('settings that do not answer soon: the tab is judged with the defaults, then again with them once they come', async () => {
    const area = new FakeSessionArea();
    await captured(area);
    let answer: (settings: RuleSettings) => void = () => undefined;
    const late = new CallLog(area, listener, new Promise<RuleSettings>((resolve) => (answer = resolve)));
    const read = snapshot(late);
    await vi.advanceTimersByTimeAsync(FIRST_READ_MS);
    const rules = (s: TabSnapshot) => s.findings.flatMap((f) => f.findings.map((x) => x.rule));
    expect(rules(await read)).toContain('ad-outside-break');
    answer({ rules: { 'ad-outside-break': 'off' } });
    await vi.advanceTimersByTimeAsync(0);
    expect(rules(await snapshot(late))).not.toContain('ad-outside-break');
  });
});
